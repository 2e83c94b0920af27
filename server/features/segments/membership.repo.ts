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
 * say). This gives each date attribute a column of a LATERAL sub-select, which OFFSET 0 keeps
 * from being folded back into (and repeated in) every condition that reads it. With `stored`
 * (the contacts' `instants` column), a contact whose upsert stored its instants has each read
 * from there, without parsing (docs/decisions/023-approval-without-parsing.md); one without
 * (NULL: a seed, an older backup) has the text taken out of its attributes once, in a sub-select
 * of its own, and parsed: each `#>` searches the jsonb again (a fifth of the parse on 200,000
 * contacts, docs/decisions/020-a-million-contacts.md). Without `stored`, every contact is parsed.
 */
export function parsedInstants(
  segments: Evaluated[],
  attrs: SQL,
  stored?: SQL,
): { lateral: SQL; instants: InstantColumns } {
  const paths = new Set<string>();
  for (const s of segments) instantPaths(s.criteria, paths);
  const instants: InstantColumns = new Map();
  const texts: SQL[] = [];
  const columns = [...paths].map((attr, i) => {
    instants.set(attr, sql.raw(`instants.d${i}`));
    const text = attributeTextSql(attrs, attr);
    const parsed = instantMsOfText(sql.raw(`date_texts.t${i}`));
    if (!stored) {
      texts.push(sql`${text} AS ${sql.raw(`t${i}`)}`);
      return sql`${parsed} AS ${sql.raw(`d${i}`)}`;
    }
    texts.push(sql`CASE WHEN ${stored} IS NULL THEN ${text} END AS ${sql.raw(`t${i}`)}`);
    return sql`CASE WHEN ${stored} IS NULL THEN ${parsed} ELSE (${stored} -> ${attr}::text)::bigint END AS ${sql.raw(`d${i}`)}`;
  });
  if (columns.length === 0) return { lateral: sql``, instants };
  return {
    lateral: sql`CROSS JOIN LATERAL (SELECT ${sql.join(texts, sql`, `)} OFFSET 0) AS date_texts
      CROSS JOIN LATERAL (SELECT ${sql.join(columns, sql`, `)} OFFSET 0) AS instants`,
    instants,
  };
}

/** What a full re-evaluation did: how many contacts moved, and every contact counted by (from, to). */
export type Reevaluated = { moved: number; pairs: MovePair[] };

/**
 * Re-evaluates membership set-based in one statement: each contact's segment is computed once
 * (segmentCaseSql, in priority order); those whose segment changes get the new one, their open
 * stay is closed and the next one opened, all at `now`. Every evaluated contact also gets the
 * next time edge after `now` as `fresh_until` (written only where it changed), so the firewall
 * and the freshness pass know when the segment may expire (docs/decisions/014). An upsert places
 * its contacts as it writes them instead (contacts-write.repo.ts,
 * docs/decisions/021-importing-a-million-contacts.md).
 *
 * Returns how many moved, and the pairs an impact is summarised from: the moves by (stored
 * segment, new one), and every other contact as staying where it was, from the stored segments'
 * sizes read in the same statement (its snapshot is from before the update). An approval runs
 * the freshness pass first, so the stored segment is the current versions' evaluation at `now`,
 * and these pairs are the preview's without a second evaluation of every contact
 * (docs/decisions/023-approval-without-parsing.md).
 */
export async function reevaluate(tx: DbOrTx, now: Date): Promise<Reevaluated> {
  const segments = await liveSegments(tx);
  const { lateral, instants } = parsedInstants(segments, sql`c.attributes`, sql`c.instants`);
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
        SELECT e.id, e.was, e.seg, e.fresh, e.was IS DISTINCT FROM e.seg AS moved FROM (
          SELECT c.id, c.segment_key AS was, c.fresh_until AS fresh_was, ${target} AS seg, ${fresh} AS fresh
          FROM contacts c ${lateral} OFFSET 0
        ) AS e
        WHERE e.was IS DISTINCT FROM e.seg OR e.fresh_was IS DISTINCT FROM e.fresh
      ) AS t
      WHERE c.id = t.id
      RETURNING c.id, t.was, c.segment_key, t.moved
    ), moved AS (
      SELECT id, was, segment_key FROM changed WHERE moved
    ), closed AS (
      UPDATE contact_stays s SET left_at = ${at}
      FROM moved m WHERE s.contact_id = m.id AND s.left_at IS NULL
      RETURNING s.id
    ), opened AS (
      INSERT INTO contact_stays (contact_id, segment_key, entered_at)
      SELECT m.id, m.segment_key, ${at} FROM moved m WHERE m.segment_key IS NOT NULL
      RETURNING id
    )
    SELECT (SELECT count(*) FROM moved)::int AS moved,
      (SELECT coalesce(json_agg(json_build_array(x.was, x.segment_key, x.n)), '[]') FROM (
        SELECT was, segment_key, count(*)::int AS n FROM moved GROUP BY 1, 2) AS x)::text AS moves,
      (SELECT coalesce(json_agg(json_build_array(y.segment_key, y.n)), '[]') FROM (
        SELECT segment_key, count(*)::int AS n FROM contacts GROUP BY 1) AS y)::text AS sizes`);
  const row = rowsOf<{ moved: number; moves: string; sizes: string }>(result)[0];
  const moves = JSON.parse(row?.moves ?? '[]') as [string | null, string | null, number][];
  const sizes = JSON.parse(row?.sizes ?? '[]') as [string | null, number][];
  return { moved: Number(row?.moved ?? 0), pairs: pairsOf(moves, sizes) };
}

/** Moves by (from, to) and the segments' sizes before them, as the pairs of every contact. */
function pairsOf(moves: [string | null, string | null, number][], sizes: [string | null, number][]): MovePair[] {
  const stayed = new Map(sizes);
  for (const [from, , n] of moves) stayed.set(from, (stayed.get(from) ?? 0) - n);
  const pairs: MovePair[] = moves.map(([from, to, count]) => ({ from, to, count }));
  for (const [key, count] of stayed) if (count > 0) pairs.push({ from: key, to: key, count });
  return pairs;
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
  const { lateral, instants } = parsedInstants([...current, ...proposed], sql`c.attributes`, sql`c.instants`);
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

// Held by the import for its whole run (docs/decisions/026-a-bulk-import.md): one import at a time,
// and an upsert arriving meanwhile is refused at once instead of holding a connection while it waits.
const IMPORT_LOCK = 5_118_403;

/** Whether this transaction became the one import running; false while another runs. */
export async function claimImport(tx: DbOrTx): Promise<boolean> {
  const result = await tx.execute(sql`SELECT pg_try_advisory_xact_lock(${IMPORT_LOCK}) AS claimed`);
  return rowsOf<{ claimed: boolean }>(result)[0]?.claimed === true;
}

/** Whether an import is running now: its lock is tried and, when free, given back at once. */
export async function importRunning(tx: DbOrTx): Promise<boolean> {
  const result = await tx.execute(
    sql`SELECT CASE WHEN pg_try_advisory_lock_shared(${IMPORT_LOCK}) THEN pg_advisory_unlock_shared(${IMPORT_LOCK}) ELSE false END AS free`,
  );
  return rowsOf<{ free: boolean }>(result)[0]?.free !== true;
}

export async function lockMembershipShared(tx: DbOrTx) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock_shared(${MEMBERSHIP_LOCK})`);
}
