import type { Plan } from '#domain/people/governed-change';
import { type Role, separationConflict } from '#domain/roles';
import type { ActorRef, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import type { DbContext } from '#server/core/db';
import { findOwner, type UserRow } from '#server/core/users.read';
import { ConflictError } from '#server/lib/errors';
import type { UserChangeRow } from './user-changes.repo';
import * as changes from './user-changes.repo';
import * as repo from './users.repo';

/** What the users feature's services share: the separation rule, audit snapshots, proposing and closing changes. */

export function assertSeparation(roles: readonly Role[]) {
  const clash = separationConflict(roles);
  if (clash) {
    throw new ConflictError(
      'separation_of_duties',
      `A ${clash[0]} cannot also hold ${clash[1]}: those who benefit from breaking rules don't own them.`,
    );
  }
}

export const snapshot = (u: UserRow) => ({
  email: u.email,
  name: u.name,
  team: u.team,
  roles: u.roles,
  startedAt: u.startedAt.toISOString(),
  active: u.active,
});

/**
 * Takes the owner role from whoever holds it now, for `userId` to receive; audited. Someone left
 * with no role keeps reading as a viewer rather than losing the workspace altogether.
 */
export async function takeOwnerFromCurrent(tx: DbContext, actor: ActorRef, userId: string) {
  const current = await findOwner(tx.conn);
  if (!current || current.id === userId) return;
  const rest = current.roles.filter((r) => r !== 'owner');
  const after = await repo.updateUser(tx.conn, current.id, { roles: rest.length > 0 ? rest : ['viewer'] });
  await recordAudit(tx, actor, {
    action: 'users.owner_transferred',
    target: { type: 'user', id: current.id },
    before: snapshot(current),
    after: after ? { ...snapshot(after), ownerNow: userId } : null,
  });
}

/**
 * Opens what waits in `plan` for `user`: a grant per role not already waiting, and an earlier
 * start date unless the same one already waits. Each is audited as proposed.
 */
export async function proposeChanges(
  tx: DbContext,
  actor: UserActor,
  user: UserRow,
  plan: Plan,
  waiting: UserChangeRow[],
): Promise<void> {
  const now = tx.clock.now();
  for (const role of plan.grants) {
    if (waiting.some((w) => w.kind === 'role_grant' && w.role === role)) continue;
    const c = await changes.insertChange(tx.conn, {
      userId: user.id,
      kind: 'role_grant',
      role,
      proposedBy: actor.id,
      proposedAt: now,
    });
    await recordAudit(tx, actor, {
      action: role === 'owner' ? 'users.handover_proposed' : 'users.grant_proposed',
      target: { type: 'user', id: user.id },
      after: { changeId: c.id, role, email: user.email },
    });
  }
  const start = plan.pendingStartedAt;
  if (start && !waiting.some((w) => w.kind === 'start_date' && w.startedAt?.getTime() === start.getTime())) {
    const c = await changes.insertChange(tx.conn, {
      userId: user.id,
      kind: 'start_date',
      startedAt: start,
      previousStartedAt: user.startedAt,
      proposedBy: actor.id,
      proposedAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'users.start_date_proposed',
      target: { type: 'user', id: user.id },
      before: { startedAt: user.startedAt.toISOString() },
      after: { changeId: c.id, startedAt: start.toISOString(), email: user.email },
    });
  }
}

/** Cancels pending changes that no longer apply (superseded, or a person deactivated); each audited. */
export async function cancelChanges(tx: DbContext, actor: ActorRef, rows: UserChangeRow[], why: string) {
  const closed = await changes.closePending(
    tx.conn,
    rows.map((r) => r.id),
    'cancelled',
    tx.clock.now(),
  );
  for (const c of closed) {
    await recordAudit(tx, actor, {
      action: 'users.change_cancelled',
      target: { type: 'user', id: c.userId },
      after: { changeId: c.id, kind: c.kind, role: c.role, startedAt: c.startedAt?.toISOString() ?? null, why },
    });
  }
}

/** The pending changes of `plan`'s person that it no longer asks for. */
export function superseded(
  waiting: UserChangeRow[],
  plan: Plan,
  asked: { roles: boolean; startedAt: boolean },
): UserChangeRow[] {
  return waiting.filter((w) =>
    w.kind === 'role_grant'
      ? asked.roles && !plan.grants.includes(w.role as Role)
      : asked.startedAt && w.startedAt?.getTime() !== plan.pendingStartedAt?.getTime(),
  );
}
