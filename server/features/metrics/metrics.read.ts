import { sql } from 'drizzle-orm';
import type { MonthRange } from '#domain/firewall/months';
import type { GovernanceMetrics } from '#domain/schemas/firewall';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';

/**
 * The governance metrics read model: the three red flags and the suppressed volume, exact for each
 * calendar month in UTC: pause violations (by the month of the send), segment-unsafe campaign
 * attempts (requests that blocked a contact for a segment reason), override attempts, and blocked
 * decisions. One query for any number of months; the monthly review counts with it too, so the
 * review and the metrics can never disagree about a month. Firewall figures come from the day
 * rollups its triggers keep exact (docs/decisions/015-scale.md), not from every request of the month.
 */
export async function governanceCounts(db: DbOrTx, months: MonthRange[]): Promise<GovernanceMetrics[]> {
  const result = await db.execute(sql`
    SELECT m.month,
      (SELECT count(*) FROM pause_violations v WHERE v.sent_at >= m.f AND v.sent_at < m.t)::int AS pause_violations,
      (SELECT coalesce(sum(r.segment_unsafe), 0) FROM firewall_request_days r WHERE r.day >= m.fd AND r.day < m.td)::int AS unsafe,
      (SELECT count(*) FROM override_attempts o WHERE o.at >= m.f AND o.at < m.t)::int AS overrides,
      (SELECT coalesce(sum(b.contacts), 0) FROM firewall_block_days b WHERE b.day >= m.fd AND b.day < m.td)::int AS suppressed
    FROM (SELECT u.*, (u.f AT TIME ZONE 'UTC')::date AS fd, (u.t AT TIME ZONE 'UTC')::date AS td
      FROM unnest(
        ${sql.param(months.map((m) => m.month))}::text[],
        ${sql.param(months.map((m) => m.from.toISOString()))}::timestamptz[],
        ${sql.param(months.map((m) => m.to.toISOString()))}::timestamptz[]
      ) AS u(month, f, t)) AS m
    ORDER BY m.f`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    month: String(r.month),
    pauseViolations: Number(r.pause_violations),
    segmentUnsafeAttempts: Number(r.unsafe),
    overrideAttempts: Number(r.overrides),
    suppressedContacts: Number(r.suppressed),
  }));
}

/** The counts of one month. */
export async function monthCounts(db: DbOrTx, month: MonthRange): Promise<GovernanceMetrics> {
  const [counts] = await governanceCounts(db, [month]);
  if (!counts) throw new Error('governance metrics returned no row');
  return counts;
}
