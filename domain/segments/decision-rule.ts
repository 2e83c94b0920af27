import type { Role } from '#domain/roles';

export type DecisionRefusal = 'self_approval' | 'forbidden' | 'stand_in';

/**
 * Who may approve or reject a change proposal (docs/rules.md, "Deciding a proposal"): the
 * segmentation owner; when the owner is the proposer, an operations user. Nobody decides on their
 * own proposal, whatever roles they hold, nor through a stand-in: an account linked to the proposer
 * (`linkedIds`: created by them, the creator of theirs, or holding a role they proposed; see
 * docs/rules.md, "No stand-ins"). The server enforces this; the app shows `canDecide` computed from it.
 */
export function decisionRefusal(
  decider: { id: string; roles: readonly Role[]; linkedIds?: readonly string[] },
  proposer: { id: string; isOwner: boolean },
): DecisionRefusal | null {
  if (decider.id === proposer.id) return 'self_approval';
  const may = decider.roles.includes('owner') || (decider.roles.includes('operations') && proposer.isOwner);
  if (!may) return 'forbidden';
  if (decider.linkedIds?.includes(proposer.id)) return 'stand_in';
  return null;
}

export const DECISION_REFUSALS: Record<DecisionRefusal, string> = {
  self_approval: 'Nobody decides on their own proposal: another person must review it.',
  forbidden: 'Only the segmentation owner decides on proposals; operations decides only on the owner’s own.',
  stand_in:
    'You cannot decide this proposal: your account was created by, created, or holds a role proposed by its proposer, so it would be deciding it through a stand-in.',
};

/** The default time until an approved change is looked at again. */
export const FOLLOW_UP_DAYS = 30;
