import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainDecision } from '#domain/segments/explain-decision';
import { openMigrated } from '#test/db/snapshots';
import { generatedAttributes, generatedCriteria, sqlMatches } from './criteria-arbitraries';
import { CRITERIA_CASES, NOW } from './criteria-cases';

/**
 * An allowed decision's explanation (docs/rules.md, "Why a contact is eligible") marks each
 * segment version in force matched exactly when the SQL membership evaluation does, over the
 * shared criteria corpus, and names as "also matched, lower in priority" exactly the SQL matches
 * after the segment decided in.
 */
describe('allowed decisions explained as the SQL evaluates', () => {
  let database: Awaited<ReturnType<typeof openMigrated>>;
  beforeAll(async () => {
    database = await openMigrated();
  });
  afterAll(() => database.close());

  const versions = (criteria: unknown[]) =>
    criteria.map((c, i) => ({ key: `s${i}`, name: `S${i}`, version: i + 1, priority: i * 10, criteria: c as never }));

  it('on every case of the corpus, beside the two cases after it', async () => {
    const n = CRITERIA_CASES.length;
    for (const [i, c] of CRITERIA_CASES.entries()) {
      const three = [0, 1, 2].map((k) => CRITERIA_CASES[(i + k) % n]?.criteria);
      const { segments } = explainDecision(versions(three), 's0', c.attrs, NOW);
      for (const [k, s] of segments.entries()) {
        const criteria = three[k];
        if (!criteria) throw new Error('no criteria');
        expect([c.name, k, s.matched]).toEqual([c.name, k, await sqlMatches(database.db, criteria, c.attrs)]);
      }
    }
  });

  it('on generated segments and attributes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(generatedCriteria, { minLength: 1, maxLength: 4 }),
        fc.nat(3),
        generatedAttributes,
        async (criteria, pick, attrs) => {
          const all = versions(criteria);
          const decided = `s${pick % criteria.length}`;
          const e = explainDecision(all, decided, attrs, NOW);
          const sqlMatched = await Promise.all(criteria.map((c) => sqlMatches(database.db, c, attrs)));
          expect(e.segments.map((s) => s.matched)).toEqual(sqlMatched);
          expect(e.segments.filter((s) => s.decided).map((s) => s.key)).toEqual([decided]);
          const lower = e.segments
            .slice((pick % criteria.length) + 1)
            .filter((_, i) => sqlMatched[(pick % criteria.length) + 1 + i]);
          if (lower.length === 0) expect(e.summary).toContain('No segment lower in priority matched.');
          else
            expect(e.summary).toContain(
              `Also matched, lower in priority: ${lower.map((s) => `${s.name} (priority ${s.priority})`).join(', ')};`,
            );
        },
      ),
      { numRuns: 200, seed: 20261116 },
    );
  });
});
