import type { Role } from '#domain/roles';
import type { FollowUp, Proposal, SegmentDefinition } from '#domain/schemas/segments';
import { decisionRefusal } from '#domain/segments/decision-rule';
import { definitionOf } from '#server/features/segments/segments.present';
import type { ProposalView } from './proposals.repo';

/** Who is looking: canDecide is computed for them. Null for API tokens, which never decide. */
export type Viewer = { id: string; roles: readonly Role[] } | null;

export const proposerIsOwner = (p: { roles: string[]; active: boolean }) => p.active && p.roles.includes('owner');

export function canDecide(view: ProposalView, viewer: Viewer): boolean {
  if (!viewer || view.proposal.status !== 'open') return false;
  return decisionRefusal(viewer, { id: view.proposer.id, isOwner: proposerIsOwner(view.proposer) }) === null;
}

export function presentProposal(view: ProposalView, viewer: Viewer): Proposal {
  const p = view.proposal;
  return {
    id: p.id,
    kind: p.kind as Proposal['kind'],
    segmentKey: p.segmentKey ?? '',
    baseVersion: p.baseVersion,
    currentVersion: view.currentVersion,
    definition: p.content as SegmentDefinition,
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
    followUpDue: p.followUpDue,
    followUpOutcome: p.followUpOutcome,
    canDecide: canDecide(view, viewer),
  };
}

export function presentFollowUp(view: ProposalView, today: string): FollowUp {
  const p = view.proposal;
  const due = p.followUpDue ?? today;
  return {
    proposalId: p.id,
    kind: p.kind as FollowUp['kind'],
    segmentKey: p.segmentKey ?? '',
    segmentName: view.segmentName ?? (p.content as SegmentDefinition).name ?? null,
    version: view.approvedVersion,
    rationale: p.rationale,
    approvedBy: p.decidedBy && view.deciderName ? { id: p.decidedBy, name: view.deciderName } : null,
    approvedAt: p.decidedAt?.toISOString() ?? null,
    followUpDue: due,
    due: due <= today && p.followUpOutcome === null,
    outcome: p.followUpOutcome,
    outcomeAt: p.followUpAt?.toISOString() ?? null,
    outcomeBy: p.followUpBy && view.followUpByName ? { id: p.followUpBy, name: view.followUpByName } : null,
  };
}
