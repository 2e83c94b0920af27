import { CONFIRM_REFUSALS, confirmRefusal } from '#domain/people/governed-change';
import type { ConfirmUserChangeInput, UserChange, UserChangeQuery } from '#domain/schemas/user-changes';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { lintAndRecord } from '#server/core/lint-and-record';
import { linksOf } from '#server/core/stand-in';
import { forgetTokens } from '#server/core/token-cache';
import { findUser, type UserRow } from '#server/core/users.read';
import { ConflictError, ForbiddenError, NotFoundError } from '#server/lib/errors';
import { assertSeparation, snapshot, takeOwnerFromCurrent } from './governance';
import { presentChange } from './user-changes.present';
import * as changes from './user-changes.repo';
import * as repo from './users.repo';

/** Changes to people waiting for (or decided by) a second person, newest first (at most 200). */
export async function listUserChanges(db: DbContext, actor: Actor, q: UserChangeQuery): Promise<UserChange[]> {
  const rows = await changes.listChanges(db.conn, { status: q.status, userId: q.user });
  return rows.map((v) => presentChange(v, actor));
}

async function changeView(db: DbContext, actor: Actor, id: string): Promise<UserChange> {
  const [view] = await changes.listChanges(db.conn, { id });
  if (!view) throw new NotFoundError('Change');
  return presentChange(view, actor);
}

const isActiveOwner = (u: UserRow | undefined) => !!u && u.active && u.roles.includes('owner');

/**
 * Locks the change and checks that `actor` may decide it (docs/rules.md, "No stand-ins"): a
 * second person with the confirming role, whose account neither the proposer nor the person
 * created, and who created neither of theirs.
 */
async function decidable(tx: DbContext, actor: UserActor, id: string) {
  await repo.lockUsers(tx.conn);
  const change = await changes.lockChange(tx.conn, id);
  if (!change) throw new NotFoundError('Change');
  const proposer = await findUser(tx.conn, change.proposedBy);
  const refusal = confirmRefusal(
    { id: actor.id, roles: actor.roles, linkedIds: (await linksOf(tx.conn, actor.id)).created },
    {
      kind: change.kind,
      userId: change.userId,
      proposerId: change.proposedBy,
      proposerIsOwner: isActiveOwner(proposer),
    },
  );
  if (refusal) throw new ForbiddenError(CONFIRM_REFUSALS[refusal], refusal);
  if (change.status !== 'pending') {
    throw new ConflictError('not_pending', `This change was already ${change.status}.`);
  }
  // A proposal stands only while its proposer still manages people.
  if (!proposer?.active || !proposer.roles.includes('admin')) {
    throw new ConflictError(
      'proposer_not_admin',
      'The person who proposed this no longer manages people: an admin has to propose it again.',
    );
  }
  const user = await findUser(tx.conn, change.userId);
  if (!user?.active) throw new ConflictError('user_inactive', 'This person is deactivated: nothing changes for them.');
  return { change, user };
}

/**
 * Confirms a pending change: the role is granted (an owner grant hands ownership over from
 * whoever holds it), or the earlier start date takes effect. One transaction, one audit entry.
 */
export async function confirmUserChange(
  db: DbContext,
  actor: UserActor,
  { id, note }: ConfirmUserChangeInput & { id: string },
): Promise<UserChange> {
  await transaction(db, async (tx) => {
    const { change, user } = await decidable(tx, actor, id);
    let after: UserRow | undefined;
    if (change.kind === 'role_grant' && change.role) {
      const roles = user.roles.includes(change.role) ? user.roles : [...user.roles, change.role];
      assertSeparation(roles);
      if (change.role === 'owner') await takeOwnerFromCurrent(tx, actor, user.id);
      after = await repo.updateUser(tx.conn, user.id, { roles });
    } else if (change.startedAt) {
      after = await repo.updateUser(tx.conn, user.id, { startedAt: change.startedAt });
    }
    if (!after) throw new NotFoundError('User');
    const now = tx.clock.now();
    await changes.decideChange(tx.conn, id, {
      status: 'confirmed',
      decidedBy: actor.id,
      decidedAt: now,
      note: note ?? null,
    });
    if (note) await lintAndRecord(tx, actor, { text: note, field: 'user_change.confirmation', sourceId: id });
    await recordAudit(tx, actor, {
      action: change.kind === 'role_grant' ? 'users.role_granted' : 'users.start_date_confirmed',
      target: { type: 'user', id: user.id },
      before: snapshot(user),
      after: { ...snapshot(after), changeId: id, proposedBy: change.proposedBy, note: note ?? null },
    });
  });
  // Tokens keep their maker's row: this instance reads them again now, the others on NOTIFY.
  forgetTokens(db.root);
  return changeView(db, actor, id);
}

/** Rejects a pending change, saying why; the same people may reject as may confirm. */
export async function rejectUserChange(
  db: DbContext,
  actor: UserActor,
  { id, reason }: { id: string; reason: string },
): Promise<UserChange> {
  await transaction(db, async (tx) => {
    const { change } = await decidable(tx, actor, id);
    await changes.decideChange(tx.conn, id, {
      status: 'rejected',
      decidedBy: actor.id,
      decidedAt: tx.clock.now(),
      note: reason,
    });
    await lintAndRecord(tx, actor, { text: reason, field: 'user_change.rejection', sourceId: id });
    await recordAudit(tx, actor, {
      action: 'users.change_rejected',
      target: { type: 'user', id: change.userId },
      after: { changeId: id, kind: change.kind, role: change.role, reason },
    });
  });
  return changeView(db, actor, id);
}

/** The proposer takes a pending change back. */
export async function withdrawUserChange(db: DbContext, actor: UserActor, { id }: { id: string }): Promise<UserChange> {
  await transaction(db, async (tx) => {
    const change = await changes.lockChange(tx.conn, id);
    if (!change) throw new NotFoundError('Change');
    if (change.proposedBy !== actor.id) {
      throw new ForbiddenError('Only the person who proposed a change may withdraw it.', 'not_proposer');
    }
    if (change.status !== 'pending') {
      throw new ConflictError('not_pending', `This change was already ${change.status}.`);
    }
    await changes.closePending(tx.conn, [id], 'withdrawn', tx.clock.now());
    await recordAudit(tx, actor, {
      action: 'users.change_withdrawn',
      target: { type: 'user', id: change.userId },
      after: { changeId: id, kind: change.kind, role: change.role },
    });
  });
  return changeView(db, actor, id);
}
