import { confirmersOf, confirmRefusal } from '#domain/people/governed-change';
import type { UserChange } from '#domain/schemas/user-changes';
import type { Actor } from '#server/core/actor';
import type { UserChangeView } from './user-changes.repo';

const personOf = (p: { id: string; name: string; email: string }) => ({ id: p.id, name: p.name, email: p.email });

/** A change as the API shows it, with whether the caller may confirm or withdraw it and why not. */
export function presentChange(view: UserChangeView, actor: Actor): UserChange {
  const c = view.change;
  const proposerIsOwner = view.proposer.active && view.proposer.roles.includes('owner');
  const refusal =
    c.status !== 'pending'
      ? 'not_pending'
      : actor.kind !== 'user'
        ? 'forbidden'
        : confirmRefusal(
            { ...actor, linkedIds: actor.links.created },
            { kind: c.kind, userId: c.userId, proposerId: c.proposedBy, proposerIsOwner },
          );
  return {
    id: c.id,
    kind: c.kind,
    user: personOf(view.subject),
    role: c.role,
    startedAt: c.startedAt?.toISOString() ?? null,
    previousStartedAt: c.previousStartedAt?.toISOString() ?? null,
    status: c.status,
    proposedBy: personOf(view.proposer),
    proposedAt: c.proposedAt.toISOString(),
    decidedBy: view.decider?.id ? personOf(view.decider as { id: string; name: string; email: string }) : null,
    decidedAt: c.decidedAt?.toISOString() ?? null,
    note: c.note,
    confirmers: confirmersOf(c.kind, proposerIsOwner),
    canConfirm: refusal === null,
    cannotConfirmBecause: refusal,
    canWithdraw: c.status === 'pending' && actor.kind === 'user' && actor.id === c.proposedBy,
  };
}
