import { sql } from 'drizzle-orm';
import { GATE_LOOKBACK_DAYS, GATE_WINDOW_MS } from '#domain/workflows/gate';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';

const DAY_MS = 86_400_000;

export type GateRow = {
  id: string;
  checks30d: number;
  sends30d: number;
  ungatedSends30d: number;
  lastCheckAt: Date | null;
};

/**
 * Each workflow's checks and sends of the 30 days up to `asOf`, as they were known at `asOf`
 * (sends received by then), and how many sends had no check of the workflow in the 24 hours
 * before them. One pass over the workflow's checks and sends in time order: a running maximum
 * of the latest check is compared with each send (docs/rules.md, "Workflow gates").
 */
export async function gateRows(db: DbOrTx, ids: string[], asOf: Date): Promise<GateRow[]> {
  if (ids.length === 0) return [];
  const to = asOf.toISOString();
  const from = new Date(asOf.getTime() - GATE_LOOKBACK_DAYS * DAY_MS).toISOString();
  const checksFrom = new Date(asOf.getTime() - GATE_LOOKBACK_DAYS * DAY_MS - GATE_WINDOW_MS).toISOString();
  const window = sql`${String(GATE_WINDOW_MS)} * interval '1 millisecond'`;
  const result = await db.execute(sql`
    WITH w AS (SELECT DISTINCT unnest(${sql.param(ids)}::uuid[]) AS id),
    ev AS (
      SELECT r.workflow_id AS wid, r.at AS t, true AS is_check FROM firewall_requests r
       WHERE r.workflow_id IN (SELECT id FROM w) AND r.at > ${checksFrom}::timestamptz AND r.at <= ${to}::timestamptz
      UNION ALL
      SELECT s.workflow_id, s.sent_at, false FROM send_events s
       WHERE s.workflow_id IN (SELECT id FROM w) AND s.sent_at > ${from}::timestamptz AND s.sent_at <= ${to}::timestamptz
         AND s.received_at <= ${to}::timestamptz
    ), run AS (
      SELECT wid, t, is_check,
        max(t) FILTER (WHERE is_check) OVER (PARTITION BY wid ORDER BY t, is_check DESC ROWS UNBOUNDED PRECEDING) AS last_check
      FROM ev
    ), counts AS (
      SELECT wid,
        count(*) FILTER (WHERE is_check AND t > ${from}::timestamptz)::int AS checks,
        count(*) FILTER (WHERE NOT is_check)::int AS sends,
        count(*) FILTER (WHERE NOT is_check AND (last_check IS NULL OR last_check < t - ${window}))::int AS ungated
      FROM run GROUP BY wid
    )
    SELECT w.id, coalesce(c.checks, 0) AS checks, coalesce(c.sends, 0) AS sends, coalesce(c.ungated, 0) AS ungated,
      (SELECT max(r.at) FROM firewall_requests r WHERE r.workflow_id = w.id AND r.at <= ${to}::timestamptz) AS last_check_at
    FROM w LEFT JOIN counts c ON c.wid = w.id`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    id: String(r.id),
    checks30d: Number(r.checks),
    sends30d: Number(r.sends),
    ungatedSends30d: Number(r.ungated),
    lastCheckAt: r.last_check_at ? new Date(r.last_check_at as string | Date) : null,
  }));
}
