import { lastMonths, monthOrCurrent } from '#domain/firewall/months';
import type { GovernanceMetrics } from '#domain/schemas/firewall';
import type { Actor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { governanceCounts, monthCounts } from './metrics.read';

/** The counts of a month (UTC); the current month when none is named. */
export function governanceMetrics(
  db: DbContext,
  _actor: Actor,
  { month }: { month?: string },
): Promise<GovernanceMetrics> {
  return monthCounts(db.conn, monthOrCurrent(month, db.clock.now()));
}

/** The last `months` months ending with the current one, oldest first, for the home charts. */
export function governanceTrend(
  db: DbContext,
  _actor: Actor,
  { months }: { months: number },
): Promise<GovernanceMetrics[]> {
  return governanceCounts(db.conn, lastMonths(months, db.clock.now()));
}
