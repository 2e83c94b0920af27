import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Criteria } from '#domain/segments/criteria';
import { liveSegments } from '#server/features/segments/membership.repo';
import { generatedAttributes, generatedCriteria } from './criteria-arbitraries';
import { createTestApp, DEMO, type TestApp } from './harness';
import { membershipDisagreements } from './membership-agreement';

/**
 * An upsert decides each contact's segment and time edge in JavaScript and writes them with the
 * contact (docs/decisions/021-importing-a-million-contacts.md). Whatever the criteria and the
 * attributes, what it stores must be what the set-based SQL evaluation (the approval's and the
 * freshness pass's) decides at the same instant, and the stays must follow.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-15T12:00:00Z');
const EDGE_DAYS = [0, 1, 30, 90];

// Dates on, just before and just after the edges of the time conditions below.
const edgeDate = fc
  .record({ days: fc.constantFrom(...EDGE_DAYS), ms: fc.constantFrom(-1, 0, 1) })
  .map(({ days, ms }) => new Date(NOW - days * DAY + ms).toISOString());
const timeCondition = fc.record({
  attr: fc.constantFrom('seen_at', 'nested.level'),
  op: fc.constantFrom('within_days', 'older_than_days' as const),
  value: fc.constantFrom(...EDGE_DAYS),
}) as fc.Arbitrary<Criteria>;
const criteria = fc.oneof(
  generatedCriteria,
  timeCondition,
  fc.record({ all: fc.array(timeCondition, { maxLength: 2 }) }),
);
// Keys no attribute path can name (the API refuses "__proto__"): a dotted key is not the nested path it spells.
const unreachable = fc
  .record({ a: edgeDate, b: edgeDate })
  .map(({ a, b }) => ({ 'nested.level': a, 'seen at': b, nested: { 'level.': b, '-level': a } }));
const attributes = fc.oneof(
  generatedAttributes,
  fc.record({ seen_at: edgeDate, nested: fc.record({ level: edgeDate }) }, { requiredKeys: [] }),
  unreachable,
);

/** Makes `list` the current criteria of the active segments, in evaluation order, as new versions. */
async function setCriteria(list: Criteria[]) {
  const segments = await liveSegments(t.db);
  for (const [i, s] of segments.entries()) {
    const next = list[i % list.length];
    await t.db.execute(sql`
      INSERT INTO segment_versions
      SELECT (jsonb_populate_record(v, jsonb_build_object('version', v.version + 1, 'criteria', ${JSON.stringify(next)}::jsonb))).*
      FROM segment_versions v JOIN segments s ON s.key = v.segment_key AND v.version = s.current_version
      WHERE s.key = ${s.key}`);
    await t.db.execute(sql`UPDATE segments SET current_version = current_version + 1 WHERE key = ${s.key}`);
  }
}

const disagreements = (ids: string[]) => membershipDisagreements(t.db, NOW, ids);

describe('an upsert places contacts as the SQL evaluation does', () => {
  it('agrees on segment, time edge and open stay for generated criteria, attributes and date edges', async () => {
    const ops = await t.as(DEMO.ops);
    // Ids repeat across runs, so later runs update contacts placed under other criteria.
    const ids = Array.from({ length: 12 }, (_, i) => `GEN-${i}`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(criteria, { minLength: 1, maxLength: 4 }),
        fc.array(attributes, { minLength: 12, maxLength: 12 }),
        fc.integer({ min: 0, max: 11 }),
        async (list, attrs, first) => {
          await setCriteria(list);
          const contacts = attrs.slice(first).map((a, i) => ({ id: ids[first + i] as string, attributes: a }));
          const res = await ops.put('/api/contacts', { contacts });
          expect(res.status).toBe(200);
          expect(await disagreements(contacts.map((c) => c.id))).toEqual([]);
        },
      ),
      { numRuns: 60, seed: 20261205 },
    );
  });

  it('refuses to delete or truncate contacts, whose stays have no foreign key', async () => {
    await expect(t.db.execute(sql`DELETE FROM contacts WHERE id = 'nobody'`)).rejects.toThrow();
    await expect(t.db.execute(sql`TRUNCATE contacts CASCADE`)).rejects.toThrow();
  });
});
