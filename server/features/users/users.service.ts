import { planCreate, planUpdate } from '#domain/people/governed-change';
import { roleMay } from '#domain/permissions';
import type { Role } from '#domain/roles';
import type { OwnerSummary } from '#domain/schemas/session';
import type { CreateUserInput, UpdateUserInput, User } from '#domain/schemas/users';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, gather, transaction } from '#server/core/db';
import { onboardingDays } from '#server/core/settings.read';
import { forgetTokens } from '#server/core/token-cache';
import { findOwner, findUser, findUserByEmail, presentUser, type UserRow } from '#server/core/users.read';
import { endSessionsOf } from '#server/features/session/session.service';
import { revokeTokensOf } from '#server/features/tokens/tokens.service';
import { ConflictError, NotFoundError } from '#server/lib/errors';
import { assertSeparation, cancelChanges, proposeChanges, snapshot, superseded } from './governance';
import * as changes from './user-changes.repo';
import * as repo from './users.repo';

type Waiting = { userId: string; role: Role | null; startedAt: Date | null }[];

const withPending = (u: UserRow, days: number, waiting: Waiting): User => {
  const mine = waiting.filter((w) => w.userId === u.id);
  return {
    ...presentUser(u, days),
    pendingRoles: mine.flatMap((w) => (w.role ? [w.role] : [])),
    pendingStartedAt: mine.find((w) => w.startedAt)?.startedAt?.toISOString() ?? null,
  };
};

async function present(db: DbContext, u: UserRow): Promise<User> {
  const [days, waiting] = await gather(db, [() => onboardingDays(db.conn), () => changes.pendingOf(db.conn, u.id)]);
  return withPending(u, days, waiting);
}

export async function listUsers(db: DbContext, _actor: Actor): Promise<User[]> {
  const [days, rows, waiting] = await gather(db, [
    () => onboardingDays(db.conn),
    () => repo.listUsers(db.conn),
    () => changes.allPending(db.conn),
  ]);
  return rows.map((u) => withPending(u, days, waiting));
}

/** The named segmentation owner (docs/rules.md, "One owner"), or null while none is assigned. */
export async function getOwner(db: DbContext, _actor: Actor): Promise<OwnerSummary> {
  const o = await findOwner(db.conn);
  return { owner: o ? { id: o.id, name: o.name, email: o.email } : null };
}

const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);
const startOfDay = (d: Date) => dateOf(d.toISOString().slice(0, 10));

/**
 * Adds a person. Owner, operations or admin, and a start date before today, wait for a second
 * person (docs/rules.md, "No stand-ins", "Onboarding"); the account exists at once without them.
 */
export async function createUser(db: DbContext, actor: UserActor, input: CreateUserInput): Promise<User> {
  assertSeparation(input.roles);
  const passwordHash = await db.passwords.hash(input.password);
  const created = await transaction(db, async (tx) => {
    await repo.lockUsers(tx.conn);
    if (await findUserByEmail(tx.conn, input.email)) {
      throw new ConflictError('email_taken', `${input.email} already has an account.`);
    }
    const plan = planCreate({ roles: input.roles, startedAt: dateOf(input.startedAt) }, startOfDay(tx.clock.now()));
    const row = await repo.insertUser(tx.conn, {
      email: input.email,
      name: input.name,
      team: input.team,
      roles: plan.roles,
      startedAt: plan.startedAt,
      passwordHash,
      createdBy: actor.id,
      createdAt: tx.clock.now(),
    });
    await recordAudit(tx, actor, {
      action: 'users.created',
      target: { type: 'user', id: row.id },
      after: { ...snapshot(row), asked: { roles: input.roles, startedAt: input.startedAt } },
    });
    await proposeChanges(tx, actor, row, plan, []);
    return row;
  });
  return present(db, created);
}

/**
 * Changes a person. What makes them stricter applies now; a grant of owner, operations or admin
 * (reactivation included) and an earlier start date wait for a second person. Pending changes the
 * update no longer asks for are cancelled. Deactivating ends sessions, revokes the person's API
 * tokens and cancels what they proposed or what waited for them.
 */
export async function updateUser(
  db: DbContext,
  actor: UserActor,
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
        'There must always be one segmentation owner: hand the role over to someone else, which a second person confirms.',
      );
    }
    if (actor.id === id && !active) {
      throw new ConflictError('cannot_deactivate_self', 'You cannot deactivate your own account.');
    }
    const startedAt = input.startedAt ? dateOf(input.startedAt) : undefined;
    const plan = planUpdate(before, { roles: input.roles, active: input.active, startedAt });
    const waiting = await changes.pendingOf(tx.conn, id);
    const deactivating = before.active && !active;
    const stale = deactivating
      ? await changes.pendingInvolving(tx.conn, id)
      : superseded(waiting, plan, {
          roles: input.roles !== undefined || input.active !== undefined,
          startedAt: startedAt !== undefined,
        });
    await cancelChanges(tx, actor, stale, deactivating ? 'deactivated' : 'superseded');
    const after = await repo.updateUser(tx.conn, id, {
      name: input.name,
      team: input.team,
      roles: plan.roles,
      active,
      startedAt: plan.startedAt,
    });
    if (!after) throw new NotFoundError('User');
    if (deactivating) {
      await endSessionsOf(tx, actor, { userId: id });
      await revokeTokensOf(tx, actor, { userId: id });
    }
    // Their tokens die with the last role that may manage tokens, as with deactivation: a person
    // moved to marketing keeps no contacts:write token (docs/rules.md, "API tokens").
    const lostTokenRole =
      active && !deactivating && roleMay(before.roles, 'tokens.manage') && !roleMay(plan.roles, 'tokens.manage');
    if (lostTokenRole) await revokeTokensOf(tx, actor, { userId: id, why: 'creator_lost_role' });
    await recordAudit(tx, actor, {
      action: deactivating ? 'users.deactivated' : !before.active && active ? 'users.reactivated' : 'users.updated',
      target: { type: 'user', id },
      before: snapshot(before),
      after: snapshot(after),
    });
    const kept = waiting.filter((w) => !stale.some((s) => s.id === w.id));
    await proposeChanges(tx, actor, after, plan, kept);
    return after;
  });
  // Tokens keep their maker's row, and a deactivation revoked theirs: this instance reads them
  // again now, the others on NOTIFY.
  forgetTokens(db.root);
  return present(db, updated);
}
