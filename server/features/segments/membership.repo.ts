import { type SQL, sql } from 'drizzle-orm';
import type { Criteria } from '../../../domain/segments/criteria';
import type { DbOrTx } from '../../db/client';
import { criteriaSql } from './criteria-sql';

/** What membership evaluation needs of a segment: its current version's rule and priority. */
export type LiveSegment = { key: string; criteria: Criteria; priority: number; paused: boolean };

/** Rows from db.execute(): node-postgres and PGlite both put them under `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** Active segments by their current versions, in evaluation order: lowest priority value first. */
export async function liveSegments(db: DbOrTx): Promise<LiveSegment[]> {
  const result = await db.execute(sql`
    SELECT s.key, v.criteria, v.priority, coalesce((v.pause ->> 'paused')::boolean, false) AS paused
    FROM segments s JOIN segment_versions v ON v.segment_key = s.key AND v.version = s.current_version
    WHERE s.status = 'active'
    ORDER BY v.priority, s.key`);
  return rowsOf<LiveSegment>(result);
}

/** Sorts segments the way evaluation picks them: priority, then key so that ties are stable. */
export function inEvaluationOrder(segments: LiveSegment[]): LiveSegment[] {
  return [...segments].sort((a, b) => a.priority - b.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The multi-segment priority rule as one SQL expression: the key of the first matching segment in
 * evaluation order, or NULL when none matches.
 */
export function segmentCaseSql(segments: LiveSegment[], attrs: SQL, nowMs: number): SQL {
  const ordered = inEvaluationOrder(segments);
  if (ordered.length === 0) return sql`NULL::text`;
  const arms = ordered.map((s) => sql`WHEN ${criteriaSql(s.criteria, attrs, nowMs)} THEN ${s.key}::text`);
  return sql`(CASE ${sql.join(arms, sql` `)} ELSE NULL END)`;
}

/**
 * Re-evaluates membership set-based in one statement: every contact's segment is computed once
 * (the CASE of segmentCaseSql, in priority order); those whose segment changes get the new one,
 * their open stay is closed and the next one opened, all at `now`. With `ids`, only those
 * contacts are evaluated. Returns how many contacts moved.
 */
export async function reevaluate(tx: DbOrTx, now: Date, ids?: string[]): Promise<number> {
  const segments = await liveSegments(tx);
  const target = segmentCaseSql(segments, sql`c.attributes`, now.getTime());
  const at = sql`${now.toISOString()}::timestamptz`;
  // A join, not IN (…): inside an UPDATE the planner may re-run an IN list for every row.
  const scope = ids
    ? sql`JOIN (SELECT DISTINCT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) AS id) AS scope ON scope.id = c.id`
    : sql``;
  // MATERIALIZED keeps the planner from copying the CASE into both the filter and the SET list.
  const result = await tx.execute(sql`
    WITH evaluated AS MATERIALIZED (
      SELECT c.id, c.segment_key AS was, ${target} AS seg FROM contacts c ${scope}
    ), moved AS (
      UPDATE contacts c
      SET segment_key = e.seg, entered_at = CASE WHEN e.seg IS NULL THEN NULL ELSE ${at} END
      FROM evaluated e
      WHERE c.id = e.id AND e.was IS DISTINCT FROM e.seg
      RETURNING c.id, c.segment_key
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

export type ImpactCounts = {
  enter: number;
  leave: number;
  intoPaused: number;
  outOfPaused: number;
  total: number;
  membersBefore: number;
  membersAfter: number;
};

const inKeys = (expr: SQL, keys: string[]) =>
  keys.length === 0
    ? sql`false`
    : sql`coalesce(${expr} IN (${sql.join(
        keys.map((k) => sql`${k}::text`),
        sql`, `,
      )}), false)`;

/**
 * Evaluates every contact under the current segments and under `proposed`, both at the same
 * `now`, and counts the differences for segment `key`. Comparing two evaluations (rather than the
 * stored membership) isolates the effect of the change from drift in time-based rules.
 */
export async function impactCounts(
  db: DbOrTx,
  now: Date,
  key: string,
  current: LiveSegment[],
  proposed: LiveSegment[],
): Promise<ImpactCounts> {
  const nowMs = now.getTime();
  const before = segmentCaseSql(current, sql`c.attributes`, nowMs);
  const after = segmentCaseSql(proposed, sql`c.attributes`, nowMs);
  const pausedBefore = current.filter((s) => s.paused).map((s) => s.key);
  const pausedAfter = proposed.filter((s) => s.paused).map((s) => s.key);
  const result = await db.execute(sql`
    SELECT
      count(*) FILTER (WHERE x.nw = ${key} AND x.cur IS DISTINCT FROM ${key})::int AS "enter",
      count(*) FILTER (WHERE x.cur = ${key} AND x.nw IS DISTINCT FROM ${key})::int AS "leave",
      count(*) FILTER (WHERE NOT ${inKeys(sql`x.cur`, pausedBefore)} AND ${inKeys(sql`x.nw`, pausedAfter)})::int AS "intoPaused",
      count(*) FILTER (WHERE ${inKeys(sql`x.cur`, pausedBefore)} AND NOT ${inKeys(sql`x.nw`, pausedAfter)})::int AS "outOfPaused",
      count(*)::int AS "total",
      count(*) FILTER (WHERE x.cur = ${key})::int AS "membersBefore",
      count(*) FILTER (WHERE x.nw = ${key})::int AS "membersAfter"
    FROM (SELECT ${before} AS cur, ${after} AS nw FROM contacts c) AS x`);
  const row = rowsOf<ImpactCounts>(result)[0];
  if (!row) throw new Error('impact query returned nothing');
  return row;
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
