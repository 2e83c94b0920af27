import { type Role, separationConflict } from '#domain/roles';
import type { OwnerSummary } from '#domain/schemas/session';
import type { CreateUserInput, UpdateUserInput, User } from '#domain/schemas/users';
import type { Actor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { onboardingDays } from '#server/core/settings.read';
import { findOwner, findUser, findUserByEmail, presentUser, type UserRow } from '#server/core/users.read';
import { endSessionsOf } from '#server/features/session/session.service';
import { hashPassword } from '#server/lib/crypto';
import { ConflictError, NotFoundError } from '#server/lib/errors';
import * as repo from './users.repo';

export async function listUsers(db: DbContext, _actor: Actor): Promise<User[]> {
  const days = await onboardingDays(db.conn);
  return (await repo.listUsers(db.conn)).map((u) => presentUser(u, days));
}

/** The named segmentation owner (docs/rules.md, "One owner"), or null while none is assigned. */
export async function getOwner(db: DbContext, _actor: Actor): Promise<OwnerSummary> {
  const o = await findOwner(db.conn);
  return { owner: o ? { id: o.id, name: o.name, email: o.email } : null };
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
async function takeOwnerFromCurrent(tx: DbContext, actor: Actor, userId: string) {
  const current = await findOwner(tx.conn);
  if (!current || current.id === userId) return;
  const after = await repo.updateUser(tx.conn, current.id, { roles: current.roles.filter((r) => r !== 'owner') });
  await recordAudit(tx, actor, {
    action: 'users.owner_transferred',
    target: { type: 'user', id: current.id },
    before: snapshot(current),
    after: after ? { ...snapshot(after), ownerNow: userId } : null,
  });
}

export async function createUser(db: DbContext, actor: Actor, input: CreateUserInput): Promise<User> {
  assertSeparation(input.roles);
  const passwordHash = await hashPassword(input.password);
  const created = await transaction(db, async (tx) => {
    await repo.lockUsers(tx.conn);
    if (await findUserByEmail(tx.conn, input.email)) {
      throw new ConflictError('email_taken', `${input.email} already has an account.`);
    }
    const row = await repo.insertUser(tx.conn, {
      email: input.email,
      name: input.name,
      team: input.team,
      roles: [],
      startedAt: new Date(`${input.startedAt}T00:00:00Z`),
      passwordHash,
    });
    if (input.roles.includes('owner')) await takeOwnerFromCurrent(tx, actor, row.id);
    const withRoles = (await repo.updateUser(tx.conn, row.id, { roles: input.roles })) ?? row;
    await recordAudit(tx, actor, {
      action: 'users.created',
      target: { type: 'user', id: row.id },
      after: snapshot(withRoles),
    });
    return withRoles;
  });
  return presentUser(created, await onboardingDays(db.conn));
}

export async function updateUser(
  db: DbContext,
  actor: Actor,
  { id, ...input }: UpdateUserInput & { id: string },
): Promise<User> {
  if (input.roles) assertSeparation(input.roles);
  const updated = await transaction(db, async (tx) => {
    await repo.lockUsers(tx.conn);
    const before = await findUser(tx.conn, id);
    if (!before) throw new NotFoundError('User');
    const roles = input.roles ?? before.roles;
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
    if (roles.includes('owner') && active) await takeOwnerFromCurrent(tx, actor, id);
    const after = await repo.updateUser(tx.conn, id, {
      name: input.name,
      team: input.team,
      roles,
      active,
      startedAt: input.startedAt ? new Date(`${input.startedAt}T00:00:00Z`) : undefined,
    });
    if (!after) throw new NotFoundError('User');
    if (!active && before.active) await endSessionsOf(tx, actor, { userId: id });
    await recordAudit(tx, actor, {
      action: before.active && !active ? 'users.deactivated' : 'users.updated',
      target: { type: 'user', id },
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
  return presentUser(updated, await onboardingDays(db.conn));
}
