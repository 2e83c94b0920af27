import { sql } from 'drizzle-orm';
import { median } from '#domain/reviews/dwell-stats';
import type { SegmentFigures } from '#domain/schemas/follow-ups';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';

export type Window = { from: Date; to: Date };

/**
 * One segment's figures over [from, to), cut off at `now` (docs/api.md, "Segment figures"): the
 * metrics endpoint and the follow-ups both count through here, so they can never disagree.
 * Members are counted at the window's end; the median dwell is over the stays that ended in the
 * window and those still open at its end (their age then), in whole days, as the monthly review
 * counts dwell; moves outside the allowed transitions use the version of the segment moved from
 * that was in force at the move.
 */
export async function segmentFigures(db: DbOrTx, key: string, window: Window, now: Date): Promise<SegmentFigures> {
  const to = window.to.getTime() > now.getTime() ? now : window.to;
  const f = window.from.toISOString();
  const t = to.toISOString();
  const result = await db.execute(sql`
    SELECT
      (SELECT count(*) FROM contact_stays s
        WHERE s.segment_key = ${key} AND s.entered_at < ${t}::timestamptz
          AND (s.left_at IS NULL OR s.left_at >= ${t}::timestamptz))::int AS members,
      (SELECT coalesce(json_agg(json_build_array(d.days, d.n)), '[]'::json) FROM (
        SELECT days, count(*)::int AS n FROM (
          SELECT floor(extract(epoch FROM s.left_at - s.entered_at) / 86400)::int AS days FROM contact_stays s
            WHERE s.segment_key = ${key} AND s.left_at >= ${f}::timestamptz AND s.left_at < ${t}::timestamptz
          UNION ALL
          SELECT floor(extract(epoch FROM ${t}::timestamptz - s.entered_at) / 86400)::int FROM contact_stays s
            WHERE s.segment_key = ${key} AND s.entered_at < ${t}::timestamptz
              AND (s.left_at IS NULL OR s.left_at >= ${t}::timestamptz)
        ) AS stays GROUP BY days) AS d) AS dwell,
      (SELECT count(*) FROM contact_stays n
        JOIN LATERAL (
          SELECT ps.segment_key FROM contact_stays ps
           WHERE ps.contact_id = n.contact_id AND ps.entered_at < n.entered_at
           ORDER BY ps.entered_at DESC LIMIT 1
        ) p ON true
        JOIN LATERAL (
          SELECT sv.transitions FROM segment_versions sv
           WHERE sv.segment_key = p.segment_key
           ORDER BY CASE WHEN sv.approved_at <= n.entered_at THEN sv.version ELSE -sv.version END DESC
           LIMIT 1
        ) v ON true
        WHERE n.entered_at >= ${f}::timestamptz AND n.entered_at < ${t}::timestamptz
          AND (n.segment_key = ${key} OR p.segment_key = ${key})
          AND p.segment_key <> n.segment_key
          AND NOT (n.segment_key = ANY(v.transitions)))::int AS moves,
      (SELECT coalesce(sum(b.contact_count), 0) FROM firewall_block_groups b
        WHERE b.segment_key = ${key} AND b.at >= ${f}::timestamptz AND b.at < ${t}::timestamptz)::int AS suppressed,
      (SELECT count(*) FROM pause_violations pv
        WHERE pv.segment_key = ${key} AND pv.sent_at >= ${f}::timestamptz AND pv.sent_at < ${t}::timestamptz)::int AS violations`);
  const row = rowsOf<{ members: number; dwell: unknown; moves: number; suppressed: number; violations: number }>(
    result,
  )[0];
  if (!row) throw new Error('segment figures returned no row');
  const dwell = (typeof row.dwell === 'string' ? JSON.parse(row.dwell) : row.dwell) as [number, number][];
  const mid = median(dwell.map(([days, count]) => ({ days: Math.max(0, days), count })));
  return {
    segmentKey: key,
    from: window.from.toISOString(),
    to: t,
    complete: window.to.getTime() <= now.getTime(),
    members: Number(row.members),
    medianDwellDays: mid === null ? null : Math.round(mid * 10) / 10,
    movesOutsideTransitions: Number(row.moves),
    suppressed: Number(row.suppressed),
    violations: Number(row.violations),
  };
}
