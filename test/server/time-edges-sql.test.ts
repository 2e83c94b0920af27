import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Criteria } from '#domain/segments/criteria';
import { edgeOffsets, nextEdge } from '#domain/segments/time-edges';
import { openMemory } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { parsedInstants } from '#server/features/segments/membership.repo';
import { freshUntilSql } from '#server/features/segments/time-edges-sql';

/**
 * The time edges the server computes in SQL (fresh_until) are the ones domain nextEdge() gives,
 * for generated criteria, dates and evaluation instants (docs/decisions/014-membership-never-stale.md).
 */
let database: Awaited<ReturnType<typeof openMemory>>;
beforeAll(async () => {
  database = await openMemory();
});
afterAll(() => database.close());

const AT = Date.parse('2026-11-15T12:00:00Z');

async function sqlEdge(criteria: Criteria[], attributes: unknown, at: number): Promise<number | null> {
  const segments = criteria.map((c, i) => ({ key: `s${i}`, criteria: c, priority: i, paused: false }));
  const { lateral, instants } = parsedInstants(segments, sql`c.attributes`);
  const edge = freshUntilSql(segments, sql`c.attributes`, at, instants);
  const [row] = rowsOf<{ e: string | null }>(
    await database.db.execute(sql`
      SELECT CASE WHEN x.f = 'infinity' THEN NULL ELSE (extract(epoch FROM x.f) * 1000)::bigint::text END AS e
      FROM (SELECT ${edge} AS f FROM (SELECT ${JSON.stringify(attributes)}::jsonb AS attributes) AS c ${lateral}) AS x`),
  );
  return row?.e === null || row?.e === undefined ? null : Number(row.e);
}

describe('time edges in SQL agree with nextEdge()', () => {
  it('names the next flip of within_days and older_than_days, and none once every edge has passed', async () => {
    const seen = '2026-10-01T08:30:00Z';
    const criteria: Criteria[] = [
      { attr: 'seen', op: 'within_days', value: 90 },
      { all: [{ attr: 'seen', op: 'older_than_days', value: 30 }] },
    ];
    const t = Date.parse(seen);
    expect(nextEdge(edgeOffsets(criteria), { seen }, new Date(AT))?.getTime()).toBe(t + 90 * 86_400_000 + 1);
    expect(await sqlEdge(criteria, { seen }, AT)).toBe(t + 90 * 86_400_000 + 1);
    // Before the date itself, within_days starts to hold at the date.
    expect(await sqlEdge(criteria, { seen }, t - 5)).toBe(t);
    expect(await sqlEdge(criteria, { seen }, t + 120 * 86_400_000)).toBeNull();
    expect(await sqlEdge(criteria, { other: seen }, AT)).toBeNull();
    expect(await sqlEdge([{ attr: 'seen', op: 'eq', value: 1 }], { seen }, AT)).toBeNull();
  });

  it('agrees on generated criteria, dates and instants', async () => {
    const attr = fc.constantFrom('a', 'b', 'n.c');
    const condition = fc.record({
      attr,
      op: fc.constantFrom('within_days', 'older_than_days' as const),
      value: fc.integer({ min: 0, max: 400 }),
    }) as fc.Arbitrary<Criteria>;
    const tree = fc.oneof(
      condition,
      fc.record({ any: fc.array(condition, { maxLength: 3 }) }),
    ) as fc.Arbitrary<Criteria>;
    const date = fc.oneof(
      fc.integer({ min: AT - 500 * 86_400_000, max: AT + 50 * 86_400_000 }).map((ms) => new Date(ms).toISOString()),
      fc.constantFrom('2026-02-30', 'not a date', '2026-11-15', '2026-11-15T13:00:00+01:00'),
    );
    const attributes = fc.record({ a: date, b: date, n: fc.record({ c: date }) }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(
        fc.array(tree, { minLength: 1, maxLength: 3 }),
        attributes,
        fc.integer({ min: -3, max: 3 }),
        async (criteria, attrs, shift) => {
          const at = AT + shift * 86_400_000 + shift;
          const expected = nextEdge(edgeOffsets(criteria), attrs, new Date(at))?.getTime() ?? null;
          expect(await sqlEdge(criteria, attrs, at)).toBe(expected);
        },
      ),
      { numRuns: 200, seed: 20261115 },
    );
  });
});
