import { isTwoPersonRole, type Role } from '#domain/roles';

/**
 * What of a change to a person takes effect at once and what waits for a second person
 * (docs/rules.md, "No stand-ins" and "Onboarding"). Stricter changes apply at once: removing a
 * role, deactivating, a later start date. A change that gives power or shortens observation waits:
 * owner, operations or admin newly held by an active account (created, granted or reactivated),
 * and a start date earlier than the one in force (for a new account: earlier than the day it is
 * created). Until confirmed, the account keeps what it had.
 */

export type PersonState = { roles: readonly Role[]; active: boolean; startedAt: Date };

export type Plan = {
  /** The roles stored now: what was asked for, less the grants that wait. */
  roles: Role[];
  /** Two-person roles that wait for a confirmation. */
  grants: Role[];
  /** The start date stored now (unchanged when the asked-for one waits). */
  startedAt: Date;
  /** An earlier start date that waits for the owner, or null. */
  pendingStartedAt: Date | null;
};

/** The two-person roles an account actually holds: none while it is inactive. */
export const heldTwoPersonRoles = (s: { roles: readonly Role[]; active: boolean }): Role[] =>
  s.active ? s.roles.filter(isTwoPersonRole) : [];

/** Splits an update of `before` into what applies now and what waits. */
export function planUpdate(
  before: PersonState,
  want: { roles?: readonly Role[]; active?: boolean; startedAt?: Date },
): Plan {
  const asked = [...(want.roles ?? before.roles)];
  const active = want.active ?? before.active;
  const held = heldTwoPersonRoles(before);
  // Reactivating an account that kept owner, operations or admin is a grant like any other.
  const grants = active ? asked.filter((r) => isTwoPersonRole(r) && !held.includes(r)) : [];
  const roles = asked.filter((r) => !grants.includes(r));
  const earlier = want.startedAt !== undefined && want.startedAt.getTime() < before.startedAt.getTime();
  return {
    roles,
    grants,
    startedAt: want.startedAt && !earlier ? want.startedAt : before.startedAt,
    pendingStartedAt: earlier ? (want.startedAt ?? null) : null,
  };
}

/** Splits a new account: it starts with no two-person role, and onboarding from no earlier than `today`. */
export function planCreate(want: { roles: readonly Role[]; startedAt: Date }, today: Date): Plan {
  const grants = want.roles.filter(isTwoPersonRole);
  const earlier = want.startedAt.getTime() < today.getTime();
  return {
    roles: want.roles.filter((r) => !grants.includes(r)),
    grants,
    startedAt: earlier ? today : want.startedAt,
    pendingStartedAt: earlier ? want.startedAt : null,
  };
}

export type ChangeKind = 'role_grant' | 'start_date';

export type ConfirmRefusal = 'own_change' | 'own_account' | 'forbidden' | 'stand_in';

/** Who may confirm a kind of change, in the words the app shows. */
export type Confirmers = 'owner_or_admin' | 'owner' | 'operations';

/**
 * Who confirms: a role grant (an ownership handover included), the segmentation owner or an
 * admin; a start date, the owner, or operations when the owner proposed it, as with proposals.
 */
export const confirmersOf = (kind: ChangeKind, proposerIsOwner: boolean): Confirmers =>
  kind === 'role_grant' ? 'owner_or_admin' : proposerIsOwner ? 'operations' : 'owner';

/**
 * Why `confirmer` may not confirm a change, or null. Never the proposer, never the person the
 * change is about, and never an account linked to either by creation (`linkedIds`: created by
 * them, or the creator of theirs; see docs/rules.md, "No stand-ins").
 */
export function confirmRefusal(
  confirmer: { id: string; roles: readonly Role[]; linkedIds: readonly string[] },
  change: { kind: ChangeKind; userId: string; proposerId: string; proposerIsOwner: boolean },
): ConfirmRefusal | null {
  if (confirmer.id === change.proposerId) return 'own_change';
  if (confirmer.id === change.userId) return 'own_account';
  const needed = confirmersOf(change.kind, change.proposerIsOwner);
  const may =
    needed === 'owner_or_admin'
      ? confirmer.roles.includes('owner') || confirmer.roles.includes('admin')
      : confirmer.roles.includes(needed);
  if (!may) return 'forbidden';
  if (confirmer.linkedIds.includes(change.proposerId) || confirmer.linkedIds.includes(change.userId)) {
    return 'stand_in';
  }
  return null;
}

export const CONFIRM_REFUSALS: Record<ConfirmRefusal, string> = {
  own_change: 'Nobody confirms their own proposal: a second person must.',
  own_account: 'Nobody confirms a change to their own account.',
  forbidden:
    'Role grants are confirmed by the segmentation owner or an admin; start dates by the owner (operations when the owner proposed it).',
  stand_in:
    'You cannot confirm this: your account was created by, or created the account of, the person proposing it or the person it is about.',
};
