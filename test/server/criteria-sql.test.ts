import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Criteria, matches } from '#domain/segments/criteria';
import { criteriaSql } from '#server/features/segments/criteria-sql';
import { parsedInstants, segmentCaseSql } from '#server/features/segments/membership.repo';
import { openMigrated } from '#test/db/snapshots';
import { CRITERIA_CASES, NOW } from './criteria-cases';

/**
 * One table of cases through both evaluators: domain `matches()` and the SQL the server runs.
 * Each case also states the expected answer, so the two cannot agree on a wrong one.
 */

let database: Awaited<ReturnType<typeof openMigrated>>;
beforeAll(async () => {
  database = await openMigrated();
});
afterAll(() => database.close());

async function sqlMatches(criteria: Criteria, attributes: unknown): Promise<boolean> {
  const expr = criteriaSql(criteria, sql`c.attributes`, NOW.getTime());
  const result = await database.db.execute(
    sql`SELECT ${expr} AS m FROM (SELECT ${JSON.stringify(attributes)}::jsonb AS attributes) AS c`,
  );
  const rows = (result as unknown as { rows: { m: unknown }[] }).rows;
  return rows[0]?.m as boolean;
}

describe('criteria → SQL agrees with matches()', () => {
  it.each(CRITERIA_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(matches(c.criteria, c.attrs, NOW)).toBe(c.expect);
    expect(await sqlMatches(c.criteria, c.attrs)).toBe(c.expect);
  });

  it('agrees when membership evaluation parses dates once per contact', async () => {
    for (const c of CRITERIA_CASES) {
      const segments = [{ key: 'x', criteria: c.criteria, priority: 1, paused: false }];
      const { lateral, instants } = parsedInstants(segments, sql`c.attributes`);
      const pick = segmentCaseSql(segments, sql`c.attributes`, NOW.getTime(), instants);
      const result = await database.db.execute(
        sql`SELECT ${pick} AS k FROM (SELECT ${JSON.stringify(c.attrs)}::jsonb AS attributes) AS c ${lateral}`,
      );
      const rows = (result as unknown as { rows: { k: string | null }[] }).rows;
      expect([c.name, rows[0]?.k]).toEqual([c.name, c.expect ? 'x' : null]);
    }
  });

  it('never yields NULL, so not() of anything is the opposite of it', async () => {
    for (const c of CRITERIA_CASES) {
      expect(await sqlMatches({ not: c.criteria }, c.attrs)).toBe(!c.expect);
    }
  });

  it('agrees on generated criteria and attributes', async () => {
    const attrName = fc.constantFrom('score', 'name', 'tags', 'seen_at', 'nested.level', 'flag');
    const scalar = fc.oneof(
      fc.integer({ min: -5, max: 5 }),
      fc.constantFrom('a', 'B', 'ab', '', 'Zoë', '2026-11-01', '2026-02-30', '2026-11-15T11:00:00+02:00'),
      fc.boolean(),
    );
    const value = fc.oneof(scalar, fc.constant(null), fc.array(scalar, { maxLength: 3 }));
    const attrs = fc.record(
      {
        score: value,
        name: value,
        tags: value,
        seen_at: value,
        flag: value,
        nested: fc.oneof(fc.record({ level: value }, { requiredKeys: [] }), value),
      },
      { requiredKeys: [] },
    );
    const condition: fc.Arbitrary<Criteria> = fc.oneof(
      fc.record({ attr: attrName, op: fc.constantFrom('exists', 'not_exists' as const) }),
      fc.record({ attr: attrName, op: fc.constantFrom('eq', 'neq', 'contains' as const), value: scalar }),
      fc.record({
        attr: attrName,
        op: fc.constantFrom('in', 'not_in' as const),
        value: fc.array(scalar, { minLength: 1, maxLength: 3 }),
      }),
      fc.record({
        attr: attrName,
        op: fc.constantFrom('gt', 'gte', 'lt', 'lte' as const),
        value: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom('a', 'B', '2026-11-01')),
      }),
      fc.record({
        attr: attrName,
        op: fc.constantFrom('within_days', 'older_than_days' as const),
        value: fc.integer({ min: 0, max: 400 }),
      }),
    ) as fc.Arbitrary<Criteria>;
    const tree = fc.oneof(
      condition,
      fc.record({ all: fc.array(condition, { maxLength: 3 }) }),
      fc.record({ any: fc.array(condition, { maxLength: 3 }) }),
      fc.record({ not: condition }),
    ) as fc.Arbitrary<Criteria>;

    await fc.assert(
      fc.asyncProperty(tree, attrs, async (criteria, a) => {
        expect(await sqlMatches(criteria, a)).toBe(matches(criteria, a, NOW));
      }),
      { numRuns: 300, seed: 20261115 },
    );
  });
});
