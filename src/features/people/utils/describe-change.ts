import { ROLE_LABELS } from '#domain/roles';
import type { UserChange } from '#domain/schemas/user-changes';
import { formatDate } from '#src/lib/format';

/**
 * A pending change to a person in plain words: what it does, who may confirm it, and why the
 * reader may not (docs/rules.md, "No stand-ins" and "Onboarding").
 */

export function changeTitle(c: UserChange): string {
  if (c.kind === 'start_date') {
    return `Move ${c.user.name}’s start date to ${c.startedAt ? formatDate(c.startedAt) : '—'}`;
  }
  if (c.role === 'owner') return `Hand segmentation ownership over to ${c.user.name}`;
  return `Give ${c.user.name} the ${c.role ? ROLE_LABELS[c.role] : ''} role`;
}

/** What happens when it is confirmed. */
export function whenConfirmed(c: UserChange): string {
  if (c.kind === 'start_date') return 'Their onboarding counts from this earlier date, so it may end sooner.';
  if (c.role === 'owner') return 'They become the one segmentation owner, and whoever owns it now no longer does.';
  return 'They hold the role from then on.';
}

/** What holds until it is confirmed. */
export function untilConfirmed(c: UserChange): string {
  if (c.kind === 'start_date') {
    const from = c.previousStartedAt ? formatDate(c.previousStartedAt) : 'the current date';
    return `Until then ${from} holds: while onboarding, their sends stay held back.`;
  }
  return c.role === 'owner' ? 'Until then nothing changes.' : 'Until then they do not hold it.';
}

const CONFIRMERS: Record<UserChange['confirmers'], string> = {
  owner_or_admin: 'the segmentation owner or an admin',
  owner: 'the segmentation owner',
  operations: 'operations (the owner proposed it)',
};

export const waitingFor = (c: UserChange) =>
  `Waiting for ${CONFIRMERS[c.confirmers]}, other than ${c.proposedBy.name} and ${c.user.name}.`;

/** Why the reader may not confirm, or null when they may (or when it is simply not theirs to decide). */
export function whyNotYou(c: UserChange): string | null {
  switch (c.cannotConfirmBecause) {
    case 'own_change':
      return 'You proposed this: a second person confirms it.';
    case 'own_account':
      return 'This changes your own account: someone else confirms it.';
    case 'stand_in':
      return `You cannot confirm this: one of you created the other’s account (you and ${c.proposedBy.name} or ${c.user.name}), so it would not be a second person.`;
    default:
      return null;
  }
}
