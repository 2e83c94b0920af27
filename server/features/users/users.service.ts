import { type Role, separationConflict } from '#domain/roles';
import type { CreateUserInput, UpdateUserInput, User } from '#domain/schemas/users';
import type { DbOrTx } from '#server/db/client';
import { type Actor, recordAudit } from '#server/features/audit/audit.service';
import { endSessionsOfUser, findUserByEmail, findUserById, type UserRow } from '#server/features/session/session.repo';
import { onboardingDays } from '#server/features/settings/settings.repo';
import type { Deps } from '#server/http/env';
import { hashPassword } from '#server/lib/crypto';
import { ConflictError, NotFoundError } from '#server/lib/errors';
import { presentUser } from './users.present';
import * as repo from './users.repo';

export async function currentOwner(db: DbOrTx) {
  const o = await repo.findOwner(db);
  return o ? { id: o.id, name: o.name, email: o.email } : null;
}

export async function listUsers(db: DbOrTx): Promise<User[]> {
  const days = await onboardingDays(db);
  return (await repo.listUsers(db)).map((u) => presentUser(u, days));
}

function assertSeparation(roles: readonly Role[]) {
  const clash = separationConflict(roles);
  if (clash) {
    throw new ConflictError(
      'separation_of_duties',
      `A ${clash[0]} cannot also hold ${clash[1]}: those who benefit from breaking rules don't own them.`,
    );
  }
}

const snapshot = (u: UserRow) => ({
  email: u.email,
  name: u.name,
  team: u.team,
  roles: u.roles,
  startedAt: u.startedAt.toISOString(),
  active: u.active,
});

/** Gives the owner role to `userId`, taking it from whoever holds it now; both steps audited. */
async function takeOwnerFromCurrent(tx: DbOrTx, deps: Deps, actor: Actor, userId: string) {
  const current = await repo.findOwner(tx);
  if (!current || current.id === userId) return;
  const after = await repo.updateUser(tx, current.id, { roles: current.roles.filter((r) => r !== 'owner') });
  await recordAudit(tx, deps.clock, actor, {
    action: 'users.owner_transferred',
    target: { type: 'user', id: current.id },
    before: snapshot(current),
    after: after ? { ...snapshot(after), ownerNow: userId } : null,
  });
}

export async function createUser(deps: Deps, actor: Actor, input: CreateUserInput): Promise<User> {
  assertSeparation(input.roles);
  const passwordHash = await hashPassword(input.password);
  const created = await deps.db.transaction(async (tx) => {
    await repo.lockUsers(tx);
    if (await findUserByEmail(tx, input.email)) {
      throw new ConflictError('email_taken', `${input.email} already has an account.`);
    }
    const row = await repo.insertUser(tx, {
      email: input.email,
      name: input.name,
      team: input.team,
      roles: [],
      startedAt: new Date(`${input.startedAt}T00:00:00Z`),
      passwordHash,
    });
    if (input.roles.includes('owner')) await takeOwnerFromCurrent(tx, deps, actor, row.id);
    const withRoles = (await repo.updateUser(tx, row.id, { roles: input.roles })) ?? row;
    await recordAudit(tx, deps.clock, actor, {
      action: 'users.created',
      target: { type: 'user', id: row.id },
      after: snapshot(withRoles),
    });
    return withRoles;
  });
  return presentUser(created, await onboardingDays(deps.db));
}

export async function updateUser(deps: Deps, actor: Actor, id: string, input: UpdateUserInput): Promise<User> {
  if (input.roles) assertSeparation(input.roles);
  const updated = await deps.db.transaction(async (tx) => {
    await repo.lockUsers(tx);
    const before = await findUserById(tx, id);
    if (!before) throw new NotFoundError('User');
    const roles = (input.roles ?? before.roles) as Role[];
    const active = input.active ?? before.active;
    const wasOwner = before.roles.includes('owner') && before.active;
    if (wasOwner && (!roles.includes('owner') || !active)) {
      throw new ConflictError(
        'owner_required',
        'There must always be one segmentation owner: give the owner role to someone else, which transfers it.',
      );
    }
    if (actor.id === id && !active) {
      throw new ConflictError('cannot_deactivate_self', 'You cannot deactivate your own account.');
    }
    if (roles.includes('owner') && active) await takeOwnerFromCurrent(tx, deps, actor, id);
    const after = await repo.updateUser(tx, id, {
      name: input.name,
      team: input.team,
      roles,
      active,
      startedAt: input.startedAt ? new Date(`${input.startedAt}T00:00:00Z`) : undefined,
    });
    if (!after) throw new NotFoundError('User');
    if (!active && before.active) await endSessionsOfUser(tx, id, deps.clock.now());
    await recordAudit(tx, deps.clock, actor, {
      action: before.active && !active ? 'users.deactivated' : 'users.updated',
      target: { type: 'user', id },
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
  return presentUser(updated, await onboardingDays(deps.db));
}
