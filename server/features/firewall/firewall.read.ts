import type { MonthRange } from '#domain/firewall/months';
import type { DbOrTx } from '#server/db/client';
import * as overrides from './overrides.repo';
import * as rollups from './rollups.repo';

/** The firewall read model: what the monthly review (and the firewall's own pages) count of a month. */

/** Blocked decisions of a month by ISO week, segment and reason, with their exact total. */
export async function suppressedIn(db: DbOrTx, range: MonthRange) {
  // One after the other: a review's snapshot reads inside a transaction, whose one connection takes one statement at a time.
  const items = await rollups.suppressedByWeekIn(db, range);
  const total = await rollups.blockedIn(db, range);
  return { month: range.month, total, items };
}

/** Override attempts of a month, newest first. */
export async function overrideAttemptsIn(db: DbOrTx, range: MonthRange) {
  const rows = await overrides.listAttempts(db, range.from, range.to);
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actor: r.actorLabel,
    team: r.team,
    target: r.target,
    segmentKey: r.segmentKey,
    campaignId: r.campaignId,
    reason: r.reason,
    via: r.via,
  }));
}
