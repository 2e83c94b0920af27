import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';

/** What the workflows did in a window: the matrix's counts, violations, observed transitions. */

export type CellCounts = { workflowId: string; segmentKey: string; sends30d: number; blocked30d: number };

/**
 * Per workflow and segment in (from, to]: sends to contacts who were in the segment when they
 * were sent (their stay covering sentAt), and contacts the firewall held back from the
 * workflow's checks, by the segment they were in when checked.
 */
export async function cellCounts(db: DbOrTx, from: Date, to: Date): Promise<CellCounts[]> {
  const [f, t] = [from.toISOString(), to.toISOString()];
  const result = await db.execute(sql`
    WITH sent AS (
      SELECT e.workflow_id AS wid, st.segment_key AS seg, count(*)::int AS n
      FROM send_events e
      JOIN LATERAL (
        SELECT cs.segment_key FROM contact_stays cs
        WHERE cs.contact_id = e.contact_id AND cs.entered_at <= e.sent_at AND (cs.left_at IS NULL OR cs.left_at > e.sent_at)
        ORDER BY cs.entered_at DESC LIMIT 1
      ) st ON true
      WHERE e.workflow_id IS NOT NULL AND e.sent_at > ${f}::timestamptz AND e.sent_at <= ${t}::timestamptz
      GROUP BY 1, 2
    ), blocked AS (
      SELECT r.workflow_id AS wid, g.segment_key AS seg, sum(g.contact_count)::int AS n
      FROM firewall_block_groups g JOIN firewall_requests r ON r.id = g.request_id
      WHERE r.workflow_id IS NOT NULL AND g.segment_key IS NOT NULL
        AND g.at > ${f}::timestamptz AND g.at <= ${t}::timestamptz
      GROUP BY 1, 2
    )
    SELECT coalesce(s.wid, b.wid) AS wid, coalesce(s.seg, b.seg) AS seg,
      coalesce(s.n, 0) AS sends, coalesce(b.n, 0) AS blocked
    FROM sent s FULL JOIN blocked b ON b.wid = s.wid AND b.seg = s.seg`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    workflowId: String(r.wid),
    segmentKey: String(r.seg),
    sends30d: Number(r.sends),
    blocked30d: Number(r.blocked),
  }));
}

export type ViolationCounts = { workflowId: string; violations30d: number; open: number };

/** Pause violations per workflow: those sent in (from, to], and those still open whenever sent. */
export async function violationCounts(db: DbOrTx, from: Date, to: Date): Promise<ViolationCounts[]> {
  const [f, t] = [from.toISOString(), to.toISOString()];
  const result = await db.execute(sql`
    SELECT e.workflow_id AS wid,
      count(*) FILTER (WHERE v.sent_at > ${f}::timestamptz)::int AS recent,
      count(*) FILTER (WHERE v.status = 'open')::int AS open
    FROM pause_violations v JOIN send_events e ON e.event_id = v.event_id
    WHERE e.workflow_id IS NOT NULL AND v.sent_at <= ${t}::timestamptz
      AND (v.sent_at > ${f}::timestamptz OR v.status = 'open')
    GROUP BY 1`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    workflowId: String(r.wid),
    violations30d: Number(r.recent),
    open: Number(r.open),
  }));
}

export type TransitionCount = { from: string; to: string; count: number };

/**
 * Moves from one segment straight into another in (from, to]: a stay that opened at the instant
 * the contact's previous stay closed (membership changes close and open at the same instant).
 */
export async function observedTransitions(db: DbOrTx, from: Date, to: Date): Promise<TransitionCount[]> {
  const result = await db.execute(sql`
    SELECT p.segment_key AS from_key, n.segment_key AS to_key, count(*)::int AS n
    FROM contact_stays n
    JOIN contact_stays p ON p.contact_id = n.contact_id AND p.left_at = n.entered_at
    WHERE n.entered_at > ${from.toISOString()}::timestamptz AND n.entered_at <= ${to.toISOString()}::timestamptz
      AND p.segment_key <> n.segment_key
    GROUP BY 1, 2`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    from: String(r.from_key),
    to: String(r.to_key),
    count: Number(r.n),
  }));
}
