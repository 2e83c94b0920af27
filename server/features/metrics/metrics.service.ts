import { sql } from 'drizzle-orm';
import { lastMonths, type MonthRange, monthOrCurrent } from '#domain/firewall/months';
import type { GovernanceMetrics } from '#domain/schemas/firewall';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import type { Clock } from '#server/lib/clock';

/**
 * The three red flags and the suppressed volume, exact for each calendar month in UTC:
 * pause violations (by the month of the send), segment-unsafe campaign attempts (requests that
 * blocked a contact for a segment reason), override attempts, and blocked decisions.
 * One query for any number of months.
 */
async function countsFor(db: DbOrTx, months: MonthRange[]): Promise<GovernanceMetrics[]> {
  const result = await db.execute(sql`
    SELECT m.month,
      (SELECT count(*) FROM pause_violations v WHERE v.sent_at >= m.f AND v.sent_at < m.t)::int AS pause_violations,
      (SELECT count(*) FROM firewall_requests r WHERE r.segment_unsafe AND r.at >= m.f AND r.at < m.t)::int AS unsafe,
      (SELECT count(*) FROM override_attempts o WHERE o.at >= m.f AND o.at < m.t)::int AS overrides,
      (SELECT coalesce(sum(b.contact_count), 0) FROM firewall_block_groups b WHERE b.at >= m.f AND b.at < m.t)::int AS suppressed
    FROM unnest(
      ${sql.param(months.map((m) => m.month))}::text[],
      ${sql.param(months.map((m) => m.from.toISOString()))}::timestamptz[],
      ${sql.param(months.map((m) => m.to.toISOString()))}::timestamptz[]
    ) AS m(month, f, t)
    ORDER BY m.f`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    month: String(r.month),
    pauseViolations: Number(r.pause_violations),
    segmentUnsafeAttempts: Number(r.unsafe),
    overrideAttempts: Number(r.overrides),
    suppressedContacts: Number(r.suppressed),
  }));
}

export async function governanceMetrics(db: DbOrTx, clock: Clock, month?: string): Promise<GovernanceMetrics> {
  const [counts] = await countsFor(db, [monthOrCurrent(month, clock.now())]);
  if (!counts) throw new Error('governance metrics returned no row');
  return counts;
}

/** The last `months` months ending with the current one, oldest first, for the home charts. */
export function governanceTrend(db: DbOrTx, clock: Clock, months: number): Promise<GovernanceMetrics[]> {
  return countsFor(db, lastMonths(months, clock.now()));
}
