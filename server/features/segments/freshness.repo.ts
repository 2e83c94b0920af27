import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { liveSegments, parsedInstants, segmentCaseSql } from './membership.repo';
import { freshUntilSql } from './time-edges-sql';

export type CatchUpStep = { checked: number; moved: number; transitions: Record<string, number>; sample: string[] };

export type CatchUpScope = { ids?: string[]; limit: number };

/** Whether any of these contacts is due (its segment may have expired by `now`): a read, no lock. */
export async function anyDue(db: DbOrTx, ids: string[], now: Date): Promise<boolean> {
  const result = await db.execute(sql`
    SELECT EXISTS (
      SELECT 1 FROM contacts c
      WHERE c.id IN (SELECT jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))
        AND (c.fresh_until IS NULL OR c.fresh_until <= ${now.toISOString()}::timestamptz)
    ) AS due`);
  return rowsOf<{ due: boolean }>(result)[0]?.due === true;
}

/**
 * One step of the freshness pass (docs/decisions/014-membership-never-stale.md): up to `limit`
 * contacts whose stored segment expired by `now` (fresh_until passed, or not known) are
 * evaluated at the time edge they crossed, not at `now`, so a contact who aged out of a segment
 * at 09:14 leaves it at 09:14 however late the pass runs: its stay closes and the next opens at
 * that instant, and it gets the next edge after it. A contact whose fresh_until is not known yet
 * is evaluated at `now`. A contact that crossed several edges is due again and moves again in the
 * next step. One statement per step.
 *
 * The rows are locked as they are read, and the evaluation reads the attributes so locked, so a
 * contact upserted meanwhile is never evaluated on its old attributes. The pass over everyone
 * skips rows another transaction holds (they are due again next time); a scoped step waits for
 * them, in id order as upserts lock them.
 */
export async function catchUpStep(tx: DbOrTx, now: Date, scope: CatchUpScope): Promise<CatchUpStep> {
  const segments = await liveSegments(tx);
  const atMs = sql`d.at_ms`;
  const { lateral, instants } = parsedInstants(segments, sql`d.attributes`, sql`d.instants`);
  const target = segmentCaseSql(segments, sql`d.attributes`, atMs, instants);
  const fresh = freshUntilSql(segments, sql`d.attributes`, atMs, instants);
  const nowIso = sql`${now.toISOString()}::timestamptz`;
  const due = scope.ids
    ? sql`SELECT c.id, c.segment_key, c.attributes, c.instants, c.fresh_until FROM contacts c
          JOIN (SELECT DISTINCT jsonb_array_elements_text(${JSON.stringify(scope.ids)}::jsonb) AS id) AS scope ON scope.id = c.id
          WHERE c.fresh_until IS NULL OR c.fresh_until <= ${nowIso}
          ORDER BY c.id LIMIT ${scope.limit} FOR UPDATE OF c`
    : sql`SELECT c.id, c.segment_key, c.attributes, c.instants, c.fresh_until FROM contacts c
          WHERE c.fresh_until IS NULL OR c.fresh_until <= ${nowIso}
          ORDER BY c.fresh_until NULLS FIRST LIMIT ${scope.limit} FOR UPDATE SKIP LOCKED`;
  const result = await tx.execute(sql`
    WITH due AS MATERIALIZED (${due}),
    d AS MATERIALIZED (
      SELECT id, segment_key AS was, attributes, instants,
        coalesce((extract(epoch FROM fresh_until) * 1000)::bigint, ${String(now.getTime())}::bigint) AS at_ms
      FROM due
    ),
    ev AS MATERIALIZED (
      SELECT d.id, d.was, ${target} AS seg, ${fresh} AS fresh,
        timestamptz 'epoch' + d.at_ms * interval '1 millisecond' AS at
      FROM d ${lateral}
    ),
    changed AS (
      UPDATE contacts c
      SET segment_key = ev.seg, fresh_until = ev.fresh,
        entered_at = CASE WHEN ev.was IS NOT DISTINCT FROM ev.seg THEN c.entered_at WHEN ev.seg IS NULL THEN NULL ELSE ev.at END
      FROM ev WHERE c.id = ev.id
      RETURNING c.id, ev.was, ev.seg, ev.at, ev.was IS DISTINCT FROM ev.seg AS moved
    ),
    closed AS (
      UPDATE contact_stays s SET left_at = m.at
      FROM changed m WHERE m.moved AND s.contact_id = m.id AND s.left_at IS NULL
      RETURNING s.id
    ),
    opened AS (
      INSERT INTO contact_stays (contact_id, segment_key, entered_at)
      SELECT m.id, m.seg, m.at FROM changed m WHERE m.moved AND m.seg IS NOT NULL
      RETURNING id
    )
    SELECT
      (SELECT count(*) FROM changed)::int AS checked,
      (SELECT count(*) FROM changed WHERE moved)::int AS moved,
      (SELECT json_object_agg(k, n) FROM (
        SELECT coalesce(was, '(none)') || ' → ' || coalesce(seg, '(none)') AS k, count(*) AS n
        FROM changed WHERE moved GROUP BY 1) t)::text AS transitions,
      (SELECT json_agg(id) FROM (SELECT id FROM changed WHERE moved ORDER BY id LIMIT 20) s)::text AS sample,
      (SELECT count(*) FROM closed)::int AS closed,
      (SELECT count(*) FROM opened)::int AS opened`);
  const row = rowsOf<{ checked: number; moved: number; transitions: string | null; sample: string | null }>(result)[0];
  return {
    checked: Number(row?.checked ?? 0),
    moved: Number(row?.moved ?? 0),
    transitions: JSON.parse(row?.transitions ?? '{}') as Record<string, number>,
    sample: JSON.parse(row?.sample ?? '[]') as string[],
  };
}
