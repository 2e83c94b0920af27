import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';

export type WeekOutcomeRow = {
  segmentKey: string;
  week: string;
  sends: number;
  delivered: number;
  unsubscribed: number;
  complained: number;
};

/** The weekly rollup of these segments from a week on: a few rows per segment (docs/segment-health.md). */
export async function weekRows(db: DbOrTx, keys: string[], fromWeek: string): Promise<WeekOutcomeRow[]> {
  const result = await db.execute(sql`
    SELECT segment_key AS "segmentKey", to_char(week, 'YYYY-MM-DD') AS week, sends, delivered, unsubscribed, complained
    FROM segment_weeks
    WHERE segment_key = ANY(${sql.param(keys)}::text[]) AND week >= ${fromWeek}::date`);
  return rowsOf<WeekOutcomeRow>(result).map((r) => ({
    ...r,
    sends: Number(r.sends),
    delivered: Number(r.delivered),
    unsubscribed: Number(r.unsubscribed),
    complained: Number(r.complained),
  }));
}

/**
 * Computes the whole rollup again from the sends and outcome events stored, for data written
 * without the ingestion statements (the demo seed's history); migration 0021 runs the same query.
 */
export async function rebuildSegmentWeeks(db: DbOrTx): Promise<void> {
  await db.execute(sql`DELETE FROM segment_weeks`);
  await db.execute(sql`
    INSERT INTO segment_weeks (segment_key, week, sends, delivered, unsubscribed, complained)
    SELECT segment_key, week, sum(sends), sum(delivered), sum(unsubscribed), sum(complained) FROM (
      SELECT s.segment_key, date_trunc('week', e.sent_at AT TIME ZONE 'UTC')::date AS week,
        count(*) AS sends, 0 AS delivered, 0 AS unsubscribed, 0 AS complained
      FROM send_events e
      JOIN contact_stays s ON s.contact_id = e.contact_id AND e.sent_at >= s.entered_at
        AND (s.left_at IS NULL OR e.sent_at < s.left_at)
      GROUP BY 1, 2
      UNION ALL
      SELECT s.segment_key, date_trunc('week', e.at AT TIME ZONE 'UTC')::date, 0,
        count(*) FILTER (WHERE e.type = 0), count(*) FILTER (WHERE e.type = 4), count(*) FILTER (WHERE e.type = 5)
      FROM outcome_events e
      JOIN contact_stays s ON s.contact_id = e.contact_id AND e.at >= s.entered_at
        AND (s.left_at IS NULL OR e.at < s.left_at)
      WHERE e.type IN (0, 4, 5)
      GROUP BY 1, 2
    ) t
    GROUP BY 1, 2`);
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
