import type {
  ExceptionDetail,
  ExceptionDraft,
  ExceptionListItem,
  ExceptionTimelineEntry,
} from '#domain/schemas/exceptions';
import type { ExceptionRow, ListedRequest } from './exceptions.repo';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function presentListItem(r: ListedRequest): ExceptionListItem {
  const q = r.request;
  return {
    id: q.id,
    outcome: r.outcome,
    requester: { id: q.requesterId, name: r.requesterName },
    segmentKey: q.segmentKey,
    segmentName: r.segmentName ?? null,
    segmentVersion: q.segmentVersion,
    campaignId: q.campaignId,
    campaignName: r.campaignName ?? null,
    riskCategory: q.riskCategory,
    riskStatement: q.riskStatement,
    protocol: q.protocol,
    proposalId: q.proposalId,
    step: q.status === 'draft' ? (q.draft?.step ?? 'segment') : null,
    createdAt: q.createdAt.toISOString(),
    updatedAt: q.updatedAt.toISOString(),
    submittedAt: iso(q.submittedAt),
  };
}

/** The request's story: filed, then either withdrawn or taken to a logic review and decided. */
export function timelineOf(r: ListedRequest): ExceptionTimelineEntry[] {
  const q = r.request;
  if (q.status === 'draft' || !q.submittedAt) return [];
  const requester = { id: q.requesterId, name: r.requesterName };
  const at = q.submittedAt.toISOString();
  const entries: ExceptionTimelineEntry[] = [{ kind: 'filed', at, actor: requester, note: null, version: null }];
  if (q.status === 'withdrawn') {
    entries.push({ kind: 'withdrawn', at, actor: requester, note: null, version: null });
    return entries;
  }
  entries.push({ kind: 'logic_review', at, actor: requester, note: null, version: q.segmentVersion });
  const p = r.proposal;
  if (!p?.status || p.status === 'open') return entries;
  const decider = p.decidedById ? { id: p.decidedById, name: r.deciderName ?? 'Unknown' } : null;
  if (p.status === 'approved' || p.status === 'rejected') {
    entries.push({
      kind: p.status,
      at: iso(p.decidedAt) ?? p.updatedAt?.toISOString() ?? at,
      actor: decider,
      note: p.decisionNote ?? null,
      version: p.status === 'approved' ? (r.approvedVersion ?? null) : null,
    });
  } else {
    entries.push({ kind: 'closed', at: p.updatedAt?.toISOString() ?? at, actor: requester, note: null, version: null });
  }
  return entries;
}

export function presentDetail(r: ListedRequest, backlogItems: ExceptionDetail['backlogItems']): ExceptionDetail {
  return {
    ...presentListItem(r),
    riskFindings: r.request.riskFindings,
    rationale: r.proposal?.rationale ?? null,
    proposalStatus: r.proposal?.status ?? null,
    timeline: timelineOf(r),
    backlogItems,
  };
}

export function presentDraft(row: ExceptionRow): ExceptionDraft {
  const stored = row.draft ?? { step: 'segment', values: {} };
  return {
    id: row.id,
    step: stored.step,
    values: stored.values,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
