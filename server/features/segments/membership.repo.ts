import { type SQL, sql } from 'drizzle-orm';
import type { Criteria } from '#domain/segments/criteria';
import type { MovePair } from '#domain/segments/impact';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import {
  attributeTextSql,
  criteriaSql,
  type EvalInstant,
  type InstantColumns,
  instantMsOfText,
  instantPaths,
} from './criteria-sql';
import { freshUntilSql } from './time-edges-sql';

/**
 * What membership evaluation needs of a segment: its current version's rule and priority; and what
 * an impact preview says of it: its name, whether it is paused, where members may move next.
 */
export type LiveSegment = {
  key: string;
  name: string;
  criteria: Criteria;
  priority: number;
  paused: boolean;
  transitions: string[];
};

/** What evaluation itself reads: the rule and its priority. */
type Evaluated = Pick<LiveSegment, 'key' | 'criteria' | 'priority'>;

/** Active segments by their current versions, in evaluation order: lowest priority value first. */
export async function liveSegments(db: DbOrTx): Promise<LiveSegment[]> {
  // to_jsonb: a text[] arrives as an array from one driver and as a '{a,b}' literal from another.
  const result = await db.execute(sql`
    SELECT s.key, v.name, v.criteria, v.priority, coalesce((v.pause ->> 'paused')::boolean, false) AS paused,
           to_jsonb(v.transitions) AS transitions
    FROM segments s JOIN segment_versions v ON v.segment_key = s.key AND v.version = s.current_version
    WHERE s.status = 'active'
    ORDER BY v.priority, s.key`);
  return rowsOf<LiveSegment>(result);
}

/** Sorts segments the way evaluation picks them: priority, then key so that ties are stable. */
export function inEvaluationOrder<T extends Evaluated>(segments: T[]): T[] {
  return [...segments].sort((a, b) => a.priority - b.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The multi-segment priority rule as one SQL expression: the key of the first matching segment in
 * evaluation order, or NULL when none matches.
 */
export function segmentCaseSql(segments: Evaluated[], attrs: SQL, nowMs: EvalInstant, instants?: InstantColumns): SQL {
  const ordered = inEvaluationOrder(segments);
  if (ordered.length === 0) return sql`NULL::text`;
  const arms = ordered.map((s) => sql`WHEN ${criteriaSql(s.criteria, attrs, nowMs, instants)} THEN ${s.key}::text`);
  return sql`(CASE ${sql.join(arms, sql` `)} ELSE NULL END)`;
}

/**
 * Dates are the costly part of evaluation, and several segments read the same one (last seen,
 * say). This parses each date attribute once per contact, in a LATERAL sub-select that OFFSET 0
 * keeps from being folded back into (and repeated in) every condition that reads it. The text is
 * taken out of the attributes once, in a sub-select of its own, before the parse reads it a few
 * dozen times: each `#>>` searches the jsonb again (a fifth of the parse on 200,000 contacts,
 * docs/decisions/020-a-million-contacts.md).
 */
export function parsedInstants(segments: Evaluated[], attrs: SQL): { lateral: SQL; instants: InstantColumns } {
  const paths = new Set<string>();
  for (const s of segments) instantPaths(s.criteria, paths);
  const instants: InstantColumns = new Map();
  const texts: SQL[] = [];
  const columns = [...paths].map((attr, i) => {
    instants.set(attr, sql.raw(`instants.d${i}`));
    texts.push(sql`${attributeTextSql(attrs, attr)} AS ${sql.raw(`t${i}`)}`);
    return sql`${instantMsOfText(sql.raw(`date_texts.t${i}`))} AS ${sql.raw(`d${i}`)}`;
  });
  if (columns.length === 0) return { lateral: sql``, instants };
  return {
    lateral: sql`CROSS JOIN LATERAL (SELECT ${sql.join(texts, sql`, `)} OFFSET 0) AS date_texts
      CROSS JOIN LATERAL (SELECT ${sql.join(columns, sql`, `)} OFFSET 0) AS instants`,
    instants,
  };
}

/**
 * Re-evaluates membership set-based in one statement: each contact's segment is computed once
 * (segmentCaseSql, in priority order); those whose segment changes get the new one, their open
 * stay is closed and the next one opened, all at `now`. Every evaluated contact also gets the
 * next time edge after `now` as `fresh_until` (written only where it changed), so the firewall
 * and the freshness pass know when the segment may expire (docs/decisions/014). Returns how
 * many contacts moved. An upsert places its contacts as it writes them instead
 * (contacts-write.repo.ts, docs/decisions/021-importing-a-million-contacts.md).
 */
export async function reevaluate(tx: DbOrTx, now: Date): Promise<number> {
  const segments = await liveSegments(tx);
  const { lateral, instants } = parsedInstants(segments, sql`c.attributes`);
  const target = segmentCaseSql(segments, sql`c.attributes`, now.getTime(), instants);
  const fresh = freshUntilSql(segments, sql`c.attributes`, now.getTime(), instants);
  const at = sql`${now.toISOString()}::timestamptz`;
  // OFFSET 0 keeps the CASE from being copied into both the filter and the SET list.
  const result = await tx.execute(sql`
    WITH changed AS (
      UPDATE contacts c
      SET segment_key = t.seg,
        entered_at = CASE WHEN NOT t.moved THEN c.entered_at WHEN t.seg IS NULL THEN NULL ELSE ${at} END,
        fresh_until = t.fresh
      FROM (
        SELECT e.id, e.seg, e.fresh, e.was IS DISTINCT FROM e.seg AS moved FROM (
          SELECT c.id, c.segment_key AS was, c.fresh_until AS fresh_was, ${target} AS seg, ${fresh} AS fresh
          FROM contacts c ${lateral} OFFSET 0
        ) AS e
        WHERE e.was IS DISTINCT FROM e.seg OR e.fresh_was IS DISTINCT FROM e.fresh
      ) AS t
      WHERE c.id = t.id
      RETURNING c.id, c.segment_key, t.moved
    ), moved AS (
      SELECT id, segment_key FROM changed WHERE moved
    ), closed AS (
      UPDATE contact_stays s SET left_at = ${at}
      FROM moved m WHERE s.contact_id = m.id AND s.left_at IS NULL
      RETURNING s.id
    ), opened AS (
      INSERT INTO contact_stays (contact_id, segment_key, entered_at)
      SELECT m.id, m.segment_key, ${at} FROM moved m WHERE m.segment_key IS NOT NULL
      RETURNING id
    )
    SELECT (SELECT count(*) FROM moved)::int AS moved`);
  return rowsOf<{ moved: number }>(result)[0]?.moved ?? 0;
}

/**
 * Evaluates every contact under the current segments and under `proposed`, both at the same
 * `now`, and counts contacts by (segment now, segment then). Comparing two evaluations (rather
 * than the stored membership) isolates the effect of the change from drift in time-based rules.
 */
export async function movePairs(
  db: DbOrTx,
  now: Date,
  current: LiveSegment[],
  proposed: LiveSegment[],
): Promise<MovePair[]> {
  const nowMs = now.getTime();
  const { lateral, instants } = parsedInstants([...current, ...proposed], sql`c.attributes`);
  const before = segmentCaseSql(current, sql`c.attributes`, nowMs, instants);
  const after = segmentCaseSql(proposed, sql`c.attributes`, nowMs, instants);
  const result = await db.execute(sql`
    SELECT x.cur AS "from", x.nw AS "to", count(*)::int AS "count"
    FROM (SELECT ${before} AS cur, ${after} AS nw FROM contacts c ${lateral} OFFSET 0) AS x
    GROUP BY 1, 2`);
  return rowsOf<MovePair>(result);
}

// Any constant shared by every instance. A full re-evaluation (an approval) takes it exclusively;
// contact upserts take it shared, so the two never interleave row locks and deadlock.
const MEMBERSHIP_LOCK = 5_118_402;

export async function lockMembershipExclusive(tx: DbOrTx) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${MEMBERSHIP_LOCK})`);
}

export async function lockMembershipShared(tx: DbOrTx) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock_shared(${MEMBERSHIP_LOCK})`);
}
