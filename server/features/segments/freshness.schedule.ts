import type { ActorRef } from '#server/core/actor';
import { dbContext, type EdgeContext } from '#server/core/db';
import type { Db } from '#server/db/client';
import type { Clock } from '#server/lib/clock';
import { describeError } from '#server/lib/describe-error';
import { refreshMembership } from './freshness.service';

const SYSTEM: ActorRef = { id: null, label: 'system' };

/**
 * Runs the freshness pass (freshness.service.ts) `firstAfterMs` after start and then every
 * `everyMs`, one pass at a time; several instances may run it together (each skips the contacts
 * another is moving). Returns a function that stops it. The firewall never waits for it
 * (docs/decisions/014-membership-never-stale.md): the pass keeps history and member lists current.
 * `edge` carries the audit key, so the entries the pass appends are keyed like every other
 * (docs/decisions/002): without it they would read as written outside Charter.
 */
export function scheduleFreshnessPass(
  db: Db,
  clock: Clock,
  edge: EdgeContext,
  everyMs = 60_000,
  firstAfterMs = 5_000,
): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const next = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(tick, ms);
    timer.unref();
  };
  const tick = async () => {
    try {
      const { moved, transitions } = await refreshMembership(dbContext(db, clock, edge), SYSTEM, {});
      if (moved > 0) console.log(`Membership refreshed: ${moved} moved (${Object.keys(transitions).join(', ')})`);
    } catch (err) {
      console.warn(`The membership freshness pass failed and runs again later: ${describeError(err)}`);
    } finally {
      next(everyMs);
    }
  };
  next(firstAfterMs);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
