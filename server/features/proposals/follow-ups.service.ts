import type { FollowUp } from '#domain/schemas/segments';
import type { Actor, ActorRef, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { alreadyEmitted, emitEvent } from '#server/core/events';
import { lintAndRecord } from '#server/core/lint-and-record';
import { ConflictError, NotFoundError } from '#server/lib/errors';
import { presentFollowUp } from './proposals.present';
import * as repo from './proposals.repo';

const today = (db: DbContext) => db.clock.now().toISOString().slice(0, 10);

/** Approved changes and their follow-ups; with `due`, only those due today or earlier with no outcome. */
export async function listFollowUps(db: DbContext, _actor: Actor, { due }: { due: boolean }): Promise<FollowUp[]> {
  const day = today(db);
  return (await repo.listFollowUps(db.conn, due ? day : undefined)).map((v) => presentFollowUp(v, day));
}

/** Records what an approved change did, once; the follow-up then leaves the due list. */
export async function recordFollowUp(
  db: DbContext,
  actor: UserActor,
  { id, outcome }: { id: string; outcome: string },
): Promise<FollowUp> {
  await transaction(db, async (tx) => {
    const p = await repo.lockProposal(tx.conn, id);
    if (!p) throw new NotFoundError('Proposal');
    if (p.status !== 'approved') {
      throw new ConflictError('not_approved', `Only approved changes have a follow-up; this one is ${p.status}.`);
    }
    if (p.followUpOutcome !== null) {
      throw new ConflictError('follow_up_recorded', 'The outcome of this change is already recorded.');
    }
    const now = tx.clock.now();
    await repo.updateProposal(tx.conn, id, { followUpOutcome: outcome, followUpAt: now, followUpBy: actor.id });
    await lintAndRecord(tx, actor, { text: outcome, field: 'proposal.follow_up', sourceId: id });
    await recordAudit(tx, actor, {
      action: 'proposals.follow_up_recorded',
      target: { type: 'proposal', id },
      before: { followUpDue: p.followUpDue, outcome: null },
      after: { followUpDue: p.followUpDue, outcome },
    });
  });
  const view = await repo.findProposal(db.conn, id);
  if (!view) throw new NotFoundError('Proposal');
  return presentFollowUp(view, today(db));
}

/**
 * Announces each follow-up that has come due with a `follow_up.due` event, once: the event's
 * dedupe key is the proposal, so however many instances run this pass, and however often, each
 * follow-up is announced one time (docs/webhooks.md, "follow_up.due"). Returns how many were new.
 */
export async function announceDueFollowUps(db: DbContext, _actor: ActorRef, _input: Record<string, never>) {
  const due = await repo.listFollowUps(db.conn, today(db));
  const keyOf = (id: string) => `follow_up.due:${id}`;
  const done = await alreadyEmitted(
    db,
    due.map((p) => keyOf(p.proposal.id)),
  );
  const fresh = due.filter((p) => !done.has(keyOf(p.proposal.id)));
  if (fresh.length === 0) return 0;
  return transaction(db, async (tx) => {
    for (const p of fresh) {
      await emitEvent(tx, {
        kind: 'follow_up.due',
        data: {
          proposalId: p.proposal.id,
          segmentKey: p.proposal.segmentKey,
          followUpDue: p.proposal.followUpDue ?? '',
        },
        path: `/proposals/${p.proposal.id}`,
        dedupeKey: keyOf(p.proposal.id),
      });
    }
    return fresh.length;
  });
}
