import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';

export type WeekOutcomeRow = {
  segmentKey: string;
  week: string;
  delivered: number;
  unsubscribed: number;
  complained: number;
};

/** The weekly outcome rollup of these segments from a week on: a few rows per segment (docs/segment-health.md). */
export async function weekOutcomes(db: DbOrTx, keys: string[], fromWeek: string): Promise<WeekOutcomeRow[]> {
  const result = await db.execute(sql`
    SELECT segment_key AS "segmentKey", to_char(week, 'YYYY-MM-DD') AS week, delivered, unsubscribed, complained
    FROM segment_week_outcomes
    WHERE segment_key = ANY(${sql.param(keys)}::text[]) AND week >= ${fromWeek}::date`);
  return rowsOf<WeekOutcomeRow>(result).map((r) => ({
    ...r,
    delivered: Number(r.delivered),
    unsubscribed: Number(r.unsubscribed),
    complained: Number(r.complained),
  }));
}

/**
 * Sends recorded per ISO week to contacts while they were in the segment: the segment's stays
 * that overlap the span (contact_stays_segment_idx), each with its sends in the stay
 * (send_events_contact_sent_idx).
 */
export async function weekSends(db: DbOrTx, key: string, from: Date, to: Date): Promise<Map<string, number>> {
  const result = await db.execute(sql`
    SELECT to_char(date_trunc('week', e.sent_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week, count(*)::int AS n
    FROM contact_stays s
    JOIN send_events e ON e.contact_id = s.contact_id
      AND e.sent_at >= greatest(s.entered_at, ${from.toISOString()}::timestamptz)
      AND e.sent_at < least(coalesce(s.left_at, 'infinity'::timestamptz), ${to.toISOString()}::timestamptz)
    WHERE s.segment_key = ${key} AND s.entered_at < ${to.toISOString()}::timestamptz
      AND (s.left_at IS NULL OR s.left_at > ${from.toISOString()}::timestamptz)
    GROUP BY 1`);
  return new Map(rowsOf<{ week: string; n: number }>(result).map((r) => [r.week, Number(r.n)]));
}

/**
 * Records whether a segment drifts, and says whether that changed: null when it did not, else
 * whether it was there before. The update waits on the row's lock, so of two batches that both
 * saw the change only the first records it (and announces it).
 */
export async function setDriftState(
  db: DbOrTx,
  key: string,
  drifting: boolean,
  metrics: string[],
  at: Date,
): Promise<{ existed: boolean } | null> {
  const result = await db.execute(sql`
    INSERT INTO segment_drift_states (segment_key, drifting, metrics, changed_at)
    VALUES (${key}, ${drifting}, ${sql.param(metrics)}::text[], ${at.toISOString()}::timestamptz)
    ON CONFLICT (segment_key) DO UPDATE
      SET drifting = EXCLUDED.drifting, metrics = EXCLUDED.metrics, changed_at = EXCLUDED.changed_at
      WHERE segment_drift_states.drifting <> EXCLUDED.drifting
    RETURNING (xmax <> 0) AS existed`);
  const [row] = rowsOf<{ existed: boolean }>(result);
  return row ? { existed: Boolean(row.existed) } : null;
}
