import type { FollowUp, Proposal, SegmentDefinition } from '#domain/schemas/segments';
import type { ProposalFairness, Sensitivity } from '#domain/schemas/sensitivity';
import { attributesOf } from '#domain/segments/criteria-walk';
import { checkpointsOf, dueCheckpoint } from '#domain/segments/follow-up-checkpoints';
import type { Actor } from '#server/core/actor';
import { mayDecide } from '#server/core/proposal-decisions';
import { definitionOf } from '#server/features/segments/segments.read';
import type { OutcomeRow } from './follow-ups.repo';
import type { ProposalRow, ProposalView } from './proposals.repo';

/**
 * The kind and content of a segment proposal. Every query of this feature keeps to segment kinds
 * (proposals.repo.ts), so a setting's value here would be a bug, not a caller's mistake.
 */
export function segmentProposal(p: ProposalRow): { kind: Proposal['kind']; definition: SegmentDefinition } {
  const { kind, content } = p;
  if (kind === 'setting' || typeof content !== 'object' || !('criteria' in content)) {
    throw new Error(`proposal ${p.id} is not a segment proposal`);
  }
  return { kind, definition: content };
}

export function canDecide(view: ProposalView, actor: Actor): boolean {
  return view.proposal.status === 'open' && mayDecide(actor, view.proposer);
}

/**
 * The fairness warning: once approved, what the decider acknowledged; before, the sensitive
 * attributes the criteria read as the dictionary stands now. A retirement reads no attributes.
 */
export function fairnessOf(p: ProposalRow, sensitive: Map<string, Sensitivity>): ProposalFairness {
  if (p.fairnessAttributes) return { attributes: p.fairnessAttributes, note: p.fairnessNote };
  const { kind, definition } = segmentProposal(p);
  if (kind === 'retire' || p.status !== 'open') return { attributes: [], note: null };
  return {
    attributes: attributesOf(definition.criteria).flatMap((name) => {
      const sensitivity = sensitive.get(name);
      return sensitivity ? [{ name, sensitivity }] : [];
    }),
    note: null,
  };
}

export function presentProposal(view: ProposalView, actor: Actor, sensitive: Map<string, Sensitivity>): Proposal {
  const p = view.proposal;
  const { kind, definition } = segmentProposal(p);
  return {
    id: p.id,
    kind,
    segmentKey: p.segmentKey ?? '',
    baseVersion: p.baseVersion,
    currentVersion: view.currentVersion,
    definition,
    baseDefinition: view.base ? definitionOf(view.base) : null,
    rationale: p.rationale,
    rationaleFindings: p.rationaleFindings,
    status: p.status,
    revision: p.revision,
    proposer: { id: view.proposer.id, name: view.proposer.name },
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    decidedBy: p.decidedBy && view.deciderName ? { id: p.decidedBy, name: view.deciderName } : null,
    decidedAt: p.decidedAt?.toISOString() ?? null,
    decisionNote: p.decisionNote,
    approvedVersion: view.approvedVersion,
    exceptionId: p.exceptionId,
    backlogItem:
      view.backlogItemId && view.backlogItemTitle ? { id: view.backlogItemId, title: view.backlogItemTitle } : null,
    followUpDue: p.followUpDue,
    followUpOutcome: p.followUpOutcome,
    fairness: fairnessOf(p, sensitive),
    impactAtApproval: p.impactAtApproval ?? null,
    canDecide: canDecide(view, actor),
  };
}

/** An approved change's follow-up: its checkpoints and whether one waits for an outcome. */
export function presentFollowUp(view: ProposalView, now: Date, outcomes: ReadonlyMap<number, OutcomeRow>): FollowUp {
  const p = view.proposal;
  const { kind, definition } = segmentProposal(p);
  const due = p.followUpDue ?? now.toISOString().slice(0, 10);
  const checkpoints = checkpointsOf(
    p.decidedAt ?? now,
    now,
    new Map([...outcomes].map(([days, o]) => [days, o.outcome])),
  );
  return {
    proposalId: p.id,
    kind,
    segmentKey: p.segmentKey ?? '',
    segmentName: view.segmentName ?? definition.name ?? null,
    version: view.approvedVersion,
    rationale: p.rationale,
    approvedBy: p.decidedBy && view.deciderName ? { id: p.decidedBy, name: view.deciderName } : null,
    approvedAt: p.decidedAt?.toISOString() ?? null,
    followUpDue: due,
    due: dueCheckpoint(checkpoints) !== null,
    checkpoints: checkpoints.map(({ days, dueOn, reached, outcome }) => ({ days, dueOn, reached, outcome })),
    outcome: p.followUpOutcome,
    outcomeAt: p.followUpAt?.toISOString() ?? null,
    outcomeBy: p.followUpBy && view.followUpByName ? { id: p.followUpBy, name: view.followUpByName } : null,
  };
}
