import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';

/** One event as it travels to the statement: short keys keep 10,000 of them a small JSON text. */
export type OutcomeRow = {
  i: string;
  c: string;
  t: number;
  a: string;
  g: string | null;
  wp: string | null;
  wx: string | null;
};

/**
 * Stores the events new by id and, in the same statement, adds them to the tallies of the cohort
 * members they belong to: an event counts for a pilot when its contact is in one of the pilot's
 * cohorts and it happened between the pilot's start and its end (docs/pilots.md, "Storage").
 * Tallied rows are locked in key order, so concurrent batches queue instead of deadlocking. The
 * same statement adds them to the segments' weekly outcomes.
 */
export async function insertOutcomes(db: DbOrTx, rows: OutcomeRow[], receivedAt: Date) {
  const result = await db.execute(sql`
    WITH e AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json)
        AS e(i text, c text, t int2, a timestamptz, g text, wp text, wx text)
    ), ins AS (
      INSERT INTO outcome_events (event_id, contact_id, type, at, campaign_id, workflow_platform, workflow_external_id, received_at)
      SELECT i, c, t, a, g, wp, wx, ${receivedAt.toISOString()}::timestamptz FROM e
      ON CONFLICT (event_id) DO NOTHING
      RETURNING contact_id, type, at
    ), tally AS (
      SELECT m.pilot_id, m.contact_id,
        count(*) FILTER (WHERE n.type = 0)::int AS d, count(*) FILTER (WHERE n.type = 1)::int AS o,
        count(*) FILTER (WHERE n.type = 2)::int AS k, count(*) FILTER (WHERE n.type = 3)::int AS v,
        count(*) FILTER (WHERE n.type = 4)::int AS u, count(*) FILTER (WHERE n.type = 5)::int AS x
      FROM ins n
      JOIN pilot_members m ON m.contact_id = n.contact_id
      JOIN pilots p ON p.id = m.pilot_id
      WHERE n.at >= p.starts_at AND n.at < least(coalesce(p.ended_at, p.ends_at), p.ends_at)
      GROUP BY m.pilot_id, m.contact_id
    ), locked AS (
      SELECT t.* FROM pilot_members pm
      JOIN tally t ON t.pilot_id = pm.pilot_id AND t.contact_id = pm.contact_id
      ORDER BY pm.pilot_id, pm.contact_id
      FOR UPDATE OF pm
    ), upd AS (
      -- From the locked rows alone: joining the tally again would pair two CTEs the planner cannot size.
      UPDATE pilot_members pm SET delivered = pm.delivered + l.d, opened = pm.opened + l.o,
        clicked = pm.clicked + l.k, converted = pm.converted + l.v,
        unsubscribed = pm.unsubscribed + l.u, complained = pm.complained + l.x
      FROM locked l
      WHERE pm.pilot_id = l.pilot_id AND pm.contact_id = l.contact_id
      RETURNING 1
    ), weekly AS (
      -- Segment health's rollup: each delivery, unsubscribe and complaint for the segment its
      -- contact was in at the time, per ISO week; rows upserted in key order (docs/segment-health.md).
      INSERT INTO segment_weeks AS w (segment_key, week, delivered, unsubscribed, complained)
      SELECT s.segment_key, date_trunc('week', n.at AT TIME ZONE 'UTC')::date,
        count(*) FILTER (WHERE n.type = 0)::int, count(*) FILTER (WHERE n.type = 4)::int,
        count(*) FILTER (WHERE n.type = 5)::int
      FROM ins n
      JOIN contact_stays s ON s.contact_id = n.contact_id AND n.at >= s.entered_at
        AND (s.left_at IS NULL OR n.at < s.left_at)
      WHERE n.type IN (0, 4, 5)
      GROUP BY 1, 2
      ORDER BY 1, 2
      ON CONFLICT (segment_key, week) DO UPDATE SET delivered = w.delivered + EXCLUDED.delivered,
        unsubscribed = w.unsubscribed + EXCLUDED.unsubscribed, complained = w.complained + EXCLUDED.complained
      RETURNING w.segment_key
    )
    SELECT (SELECT count(*) FROM ins)::int AS accepted, (SELECT count(*) FROM upd)::int AS tallied,
      (SELECT json_object_agg(type, n) FROM (SELECT type, count(*) AS n FROM ins GROUP BY type) s)::text AS "byType",
      (SELECT json_agg(DISTINCT segment_key) FROM weekly)::text AS segments`);
  const row = rowsOf<{ accepted: number; tallied: number; byType: string | null; segments: string | null }>(result)[0];
  return {
    accepted: row?.accepted ?? 0,
    tallied: row?.tallied ?? 0,
    byType: JSON.parse(row?.byType ?? '{}') as Record<string, number>,
    /** The segments whose weekly outcomes changed. */
    segments: JSON.parse(row?.segments ?? '[]') as string[],
  };
}
