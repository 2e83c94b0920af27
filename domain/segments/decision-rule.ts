import type { Role } from '#domain/roles';

export type DecisionRefusal = 'self_approval' | 'forbidden';

/**
 * Who may approve or reject a change proposal (docs/rules.md, "Deciding a proposal"): the
 * segmentation owner; when the owner is the proposer, an operations user. Nobody decides on their
 * own proposal, whatever roles they hold. The server enforces this; the app shows `canDecide`
 * computed from it.
 */
export function decisionRefusal(
  decider: { id: string; roles: readonly Role[] },
  proposer: { id: string; isOwner: boolean },
): DecisionRefusal | null {
  if (decider.id === proposer.id) return 'self_approval';
  if (decider.roles.includes('owner')) return null;
  if (decider.roles.includes('operations') && proposer.isOwner) return null;
  return 'forbidden';
}

export const DECISION_REFUSALS: Record<DecisionRefusal, string> = {
  self_approval: 'Nobody decides on their own proposal: another person must review it.',
  forbidden: 'Only the segmentation owner decides on proposals; operations decides only on the owner’s own.',
};

/** The default time until an approved change is looked at again. */
export const FOLLOW_UP_DAYS = 30;
