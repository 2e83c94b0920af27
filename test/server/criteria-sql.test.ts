import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Criteria, matches } from '#domain/segments/criteria';
import { parsedInstants, segmentCaseSql } from '#server/features/segments/membership.repo';
import { openMigrated } from '#test/db/snapshots';
import { generatedAttributes, generatedCriteria, sqlMatches as sqlMatchesIn } from './criteria-arbitraries';
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

const sqlMatches = (criteria: Criteria, attributes: unknown) => sqlMatchesIn(database.db, criteria, attributes);

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
    await fc.assert(
      fc.asyncProperty(generatedCriteria, generatedAttributes, async (criteria, a) => {
        expect(await sqlMatches(criteria, a)).toBe(matches(criteria, a, NOW));
      }),
      { numRuns: 300, seed: 20261115 },
    );
  });
});
