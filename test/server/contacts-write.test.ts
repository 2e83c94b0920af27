import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Criteria } from '#domain/segments/criteria';
import { rowsOf } from '#server/db/rows';
import { liveSegments, parsedInstants, segmentCaseSql } from '#server/features/segments/membership.repo';
import { freshUntilSql } from '#server/features/segments/time-edges-sql';
import { generatedAttributes, generatedCriteria } from './criteria-arbitraries';
import { createTestApp, DEMO, type TestApp } from './harness';

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

/**
 * Contacts among `ids` whose stored segment, time edge or open stay differ from the SQL evaluation
 * now, parsing the attributes; or whose stored instants are missing or make the evaluation that
 * reads them (the approval's) decide otherwise (docs/decisions/023-approval-without-parsing.md).
 */
async function disagreements(ids: string[]) {
  const segments = await liveSegments(t.db);
  const parsed = parsedInstants(segments, sql`c.attributes`);
  const stored = parsedInstants(segments, sql`c.attributes`, sql`c.instants`);
  const seg = segmentCaseSql(segments, sql`c.attributes`, NOW, parsed.instants);
  const fresh = freshUntilSql(segments, sql`c.attributes`, NOW, parsed.instants);
  const segStored = segmentCaseSql(segments, sql`c.attributes`, NOW, stored.instants);
  const freshStored = freshUntilSql(segments, sql`c.attributes`, NOW, stored.instants);
  // Both ways name their sub-selects alike, so each reads the contact in a sub-select of its own.
  return rowsOf(
    await t.db.execute(sql`
      SELECT x.id, x.stored, x.seg, x.seg_stored, x.fresh_was, x.fresh, x.fresh_stored, x.instants, x.open_stays, x.open_key FROM (
        SELECT c.id, c.segment_key AS stored, c.fresh_until AS fresh_was, c.instants,
          (SELECT ${seg} FROM (SELECT 1) AS one ${parsed.lateral}) AS seg,
          (SELECT ${fresh} FROM (SELECT 1) AS one ${parsed.lateral}) AS fresh,
          (SELECT ${segStored} FROM (SELECT 1) AS one ${stored.lateral}) AS seg_stored,
          (SELECT ${freshStored} FROM (SELECT 1) AS one ${stored.lateral}) AS fresh_stored,
          (SELECT count(*)::int FROM contact_stays s WHERE s.contact_id = c.id AND s.left_at IS NULL) AS open_stays,
          (SELECT s.segment_key FROM contact_stays s WHERE s.contact_id = c.id AND s.left_at IS NULL LIMIT 1) AS open_key
        FROM contacts c
        WHERE c.id IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)) OFFSET 0) AS x
      WHERE x.stored IS DISTINCT FROM x.seg OR x.fresh_was IS DISTINCT FROM x.fresh
        OR x.seg_stored IS DISTINCT FROM x.seg OR x.fresh_stored IS DISTINCT FROM x.fresh OR x.instants IS NULL
        OR x.open_stays <> (CASE WHEN x.seg IS NULL THEN 0 ELSE 1 END) OR x.open_key IS DISTINCT FROM x.seg`),
  );
}

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
