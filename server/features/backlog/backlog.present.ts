import { explainScore, scoreOf, suggestedOrder } from '#domain/backlog/ranking';
import { ORDERED_STATUSES } from '#domain/backlog/status';
import type { BacklogItem } from '#domain/schemas/backlog';
import type { BacklogRow, BacklogView } from './backlog.repo';

export type WorkflowNames = ReadonlyMap<string, { name: string }>;

const OPEN = new Set(['intake', 'ranked', 'in_proposal']);

/** Where each open item stands in the suggested order and in the owner's, by id (1-based). */
export function ranksOf(views: readonly BacklogView[]) {
  const open = views
    .filter((v) => OPEN.has(v.item.status))
    .map((v) => ({ ...v.item, createdAt: v.item.createdAt.toISOString() }));
  const suggested = new Map(suggestedOrder(open).map((item, i) => [item.id, i + 1]));
  const ordered = views
    .filter((v) => ORDERED_STATUSES.includes(v.item.status) && v.item.position !== null)
    .sort((a, b) => (a.item.position ?? 0) - (b.item.position ?? 0) || a.item.id.localeCompare(b.item.id));
  const owner = new Map(ordered.map((v, i) => [v.item.id, i + 1]));
  return { suggested, owner };
}

export function presentItem(view: BacklogView, ranks: ReturnType<typeof ranksOf>, names: WorkflowNames): BacklogItem {
  const i = view.item;
  return {
    id: i.id,
    title: i.title,
    goal: i.goal,
    value: i.value,
    effort: i.effort,
    urgency: i.urgency,
    status: i.status,
    segments: i.segmentKeys,
    workflows: i.workflowIds.map((id) => ({ id, name: names.get(id)?.name ?? id })),
    requester: { id: i.requesterId, name: view.requesterName },
    score: scoreOf(i),
    scoreExplained: explainScore(i),
    suggestedRank: ranks.suggested.get(i.id) ?? null,
    ownerRank: ranks.owner.get(i.id) ?? null,
    fromExceptionId: i.fromExceptionId,
    fromProposalId: i.fromProposalId,
    proposalId: i.proposalId,
    rationale: i.rationale,
    decidedBy: i.decidedBy && view.deciderName ? { id: i.decidedBy, name: view.deciderName } : null,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}

/** What a row records, for the audit entry's before and after. */
export const snapshotOf = (i: BacklogRow) => ({
  title: i.title,
  goal: i.goal,
  value: i.value,
  effort: i.effort,
  urgency: i.urgency,
  status: i.status,
  segments: i.segmentKeys,
  workflows: i.workflowIds,
  proposalId: i.proposalId,
  rationale: i.rationale,
});
