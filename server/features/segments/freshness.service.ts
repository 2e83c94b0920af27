import type { ActorRef } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { anyDue, catchUpStep } from './freshness.repo';
import { lockMembershipShared } from './membership.repo';

/** Contacts evaluated per statement; a pass over more takes several steps in one transaction. */
const STEP = 50_000;
// Each step moves every due contact across one edge; a contact has a handful of edges at most.
const MAX_STEPS = 200;

export type RefreshResult = { checked: number; moved: number; transitions: Record<string, number> };

/**
 * The freshness pass (docs/rules.md, "Membership never stale"): every contact whose stored segment
 * expired by now (a within_days or older_than_days edge passed) is moved to the segment it has
 * been in since that edge, with its stay history, dwell and transitions dated at the edge. With
 * `ids`, only those contacts (a batch of sends, an upsert): callers run it before they read or
 * change those contacts' membership. One transaction, one audit entry when anyone moved.
 * The firewall does not wait for this: it evaluates an expired contact itself (check.service.ts).
 */
export async function refreshMembership(
  db: DbContext,
  actor: ActorRef,
  input: { ids?: string[] } = {},
): Promise<RefreshResult> {
  const nothing: RefreshResult = { checked: 0, moved: 0, transitions: {} };
  if (input.ids?.length === 0) return nothing;
  const now = db.clock.now();
  return transaction(db, async (tx) => {
    // Usually none of a batch's contacts is due: then there is nothing to lock or to wait for
    // (an approval's full re-evaluation holds the membership lock for as long as it runs).
    if (input.ids && !(await anyDue(tx.conn, input.ids, now))) return nothing;
    // Shared, as contact upserts take it: an approval's full re-evaluation never interleaves with this.
    await lockMembershipShared(tx.conn);
    const total: RefreshResult = { checked: 0, moved: 0, transitions: {} };
    const sample: string[] = [];
    for (let step = 0; step < MAX_STEPS; step++) {
      const done = await catchUpStep(tx.conn, now, { ids: input.ids, limit: STEP });
      total.checked += done.checked;
      total.moved += done.moved;
      for (const [k, n] of Object.entries(done.transitions)) total.transitions[k] = (total.transitions[k] ?? 0) + n;
      if (sample.length < 20) sample.push(...done.sample.slice(0, 20 - sample.length));
      if (done.checked === 0) break;
    }
    if (total.moved > 0) {
      await recordAudit(tx, actor, {
        action: 'contacts.membership_refreshed',
        target: { type: 'contacts' },
        // Thousands of contacts at a time: the entry records the counts and the first ids, not the data.
        after: {
          asOf: now.toISOString(),
          checked: total.checked,
          moved: total.moved,
          transitions: total.transitions,
          ids: sample,
        },
      });
    }
    return total;
  });
}
