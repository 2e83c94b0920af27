import type { FollowUp } from '#domain/schemas/segments';
import type { DbOrTx } from '#server/db/client';
import { type Actor, recordAudit } from '#server/features/audit/audit.service';
import type { Deps } from '#server/http/env';
import type { Clock } from '#server/lib/clock';
import { ConflictError, NotFoundError } from '#server/lib/errors';
import { presentFollowUp } from './proposals.present';
import * as repo from './proposals.repo';

const today = (clock: Clock) => clock.now().toISOString().slice(0, 10);

/** Approved changes and their follow-ups; with `due`, only those due today or earlier with no outcome. */
export async function listFollowUps(db: DbOrTx, clock: Clock, due: boolean): Promise<FollowUp[]> {
  const day = today(clock);
  return (await repo.listFollowUps(db, due ? day : undefined)).map((v) => presentFollowUp(v, day));
}

/** Records what an approved change did, once; the follow-up then leaves the due list. */
export async function recordFollowUp(deps: Deps, actor: Actor, id: string, outcome: string): Promise<FollowUp> {
  await deps.db.transaction(async (tx) => {
    const p = await repo.lockProposal(tx, id);
    if (!p) throw new NotFoundError('Proposal');
    if (p.status !== 'approved') {
      throw new ConflictError('not_approved', `Only approved changes have a follow-up; this one is ${p.status}.`);
    }
    if (p.followUpOutcome !== null) {
      throw new ConflictError('follow_up_recorded', 'The outcome of this change is already recorded.');
    }
    const now = deps.clock.now();
    await repo.updateProposal(tx, id, { followUpOutcome: outcome, followUpAt: now, followUpBy: actor.id });
    await recordAudit(tx, deps.clock, actor, {
      action: 'proposals.follow_up_recorded',
      target: { type: 'proposal', id },
      before: { followUpDue: p.followUpDue, outcome: null },
      after: { followUpDue: p.followUpDue, outcome },
    });
  });
  const view = await repo.findProposal(deps.db, id);
  if (!view) throw new NotFoundError('Proposal');
  return presentFollowUp(view, today(deps.clock));
}
