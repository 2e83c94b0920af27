import { sql } from 'drizzle-orm';
import type { Db } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { liveSegments, parsedInstants, segmentCaseSql } from '#server/features/segments/membership.repo';
import { freshUntilSql } from '#server/features/segments/time-edges-sql';

/**
 * Contacts among `ids` whose stored segment, time edge or open stay differ from the SQL evaluation
 * at `nowMs` parsing the attributes; or whose stored instants are missing or make the evaluation
 * that reads them (the approval's) decide otherwise (docs/decisions/023-approval-without-parsing.md).
 */
export async function membershipDisagreements(db: Db, nowMs: number, ids: string[]) {
  const segments = await liveSegments(db);
  const parsed = parsedInstants(segments, sql`c.attributes`);
  const stored = parsedInstants(segments, sql`c.attributes`, sql`c.instants`);
  const seg = segmentCaseSql(segments, sql`c.attributes`, nowMs, parsed.instants);
  const fresh = freshUntilSql(segments, sql`c.attributes`, nowMs, parsed.instants);
  const segStored = segmentCaseSql(segments, sql`c.attributes`, nowMs, stored.instants);
  const freshStored = freshUntilSql(segments, sql`c.attributes`, nowMs, stored.instants);
  // Both ways name their sub-selects alike, so each reads the contact in a sub-select of its own.
  return rowsOf(
    await db.execute(sql`
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
