import { SENSITIVITY_LABELS } from '#domain/schemas/sensitivity';
import { FOLLOW_UP_DAYS } from '#domain/segments/decision-rule';
import type { UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { settleBacklogItem } from '#server/core/backlog-order';
import { type DbContext, transaction } from '#server/core/db';
import { emitEvent } from '#server/core/events';
import { lintAndRecord } from '#server/core/lint-and-record';
import { forgetPolicyHere } from '#server/core/policy-change';
import { assertMayDecide } from '#server/core/proposal-decisions';
import { dictionaryIssues, sensitiveUses } from '#server/features/attributes/attributes.read';
import { segmentVersion } from '#server/features/segments/segments.read';
import { lockMembershipForChange, publishVersion } from '#server/features/segments/versions.service';
import { ConflictError, invalidField, NotFoundError } from '#server/lib/errors';
import { endPilotsOfProposal } from './pilots.service';
import { segmentProposal } from './proposals.present';
import type { ProposalRow } from './proposals.repo';
import * as repo from './proposals.repo';
import { getProposal } from './proposals.service';

const DAY_MS = 86_400_000;

/** Locks an open proposal the actor may decide (docs/rules.md, "Deciding a proposal"). */
async function lockOpenForDecision(tx: DbContext, actor: UserActor, id: string) {
  const p = await repo.lockProposal(tx.conn, id);
  if (!p) throw new NotFoundError('Proposal');
  await assertMayDecide(tx.conn, actor, p.proposerId);
  if (p.status !== 'open') throw new ConflictError('not_open', `This proposal is already ${p.status}.`);
  return p;
}

export type ApproveInput = { id: string; note?: string; revision: number; fairnessNote?: string };

/**
 * What approving needs beyond the decision rule: criteria that read only accepted attributes (the
 * dictionary may have changed since the proposal was made), and, when they read a sensitive one,
 * the decider's note acknowledging the fairness warning (docs/rules.md, "Fairness warning").
 */
async function checkAttributes(tx: DbContext, actor: UserActor, p: ProposalRow, fairnessNote: string | undefined) {
  const { kind, definition } = segmentProposal(p);
  if (kind === 'retire') return { sensitive: [] };
  const [unusable] = await dictionaryIssues(tx.conn, definition.criteria, []);
  if (unusable) throw new ConflictError('attribute_not_accepted', `${unusable.message}; the owner accepts it first.`);
  const sensitive = await sensitiveUses(tx.conn, definition.criteria);
  if (sensitive.length === 0) return { sensitive };
  if (!fairnessNote) {
    const named = sensitive.map((s) => `${s.name} (${SENSITIVITY_LABELS[s.sensitivity].toLowerCase()})`).join(', ');
    throw invalidField('fairnessNote', `The criteria read ${named}: acknowledge the fairness warning with a note`);
  }
  await lintAndRecord(tx, actor, { text: fairnessNote, field: 'proposal.fairness', sourceId: p.id });
  return { sensitive };
}

/**
 * Approves a proposal: the new immutable version, the segment's current version and status, the
 * membership of every contact and the audit entry commit together or not at all. Approvals take
 * the membership lock first, then the proposal row, then the segment row, so two racing
 * approvals queue and the second sees the first's result (not_open or stale_base_version).
 */
export async function approveProposal(db: DbContext, actor: UserActor, input: ApproveInput) {
  const { id } = input;
  const published = await transaction(db, async (tx) => {
    await lockMembershipForChange(tx, actor);
    const p = await lockOpenForDecision(tx, actor, id);
    if (input.revision !== p.revision) {
      throw new ConflictError(
        'proposal_changed',
        `The proposal was edited after you opened it (now revision ${p.revision}); review it again.`,
      );
    }
    const { sensitive } = await checkAttributes(tx, actor, p, input.fairnessNote);
    const { kind, definition } = segmentProposal(p);
    const key = p.segmentKey ?? '';
    // Where contacts went, counted by the re-evaluation that moved them under the membership lock, and kept.
    const {
      version,
      status,
      moved,
      impact: impactAtApproval,
    } = await publishVersion(tx, actor, {
      kind,
      segmentKey: key,
      baseVersion: p.baseVersion,
      definition,
      proposalId: p.id,
      proposedBy: p.proposerId,
    });
    if (input.note) await lintAndRecord(tx, actor, { text: input.note, field: 'proposal.approval', sourceId: id });
    const now = tx.clock.now();
    const followUpDue = new Date(now.getTime() + FOLLOW_UP_DAYS * DAY_MS).toISOString().slice(0, 10);
    await repo.updateProposal(tx.conn, id, {
      status: 'approved',
      decidedBy: actor.id,
      decidedAt: now,
      decisionNote: input.note ?? null,
      followUpDue,
      impactAtApproval,
      updatedAt: now,
      ...(sensitive.length > 0 ? { fairnessNote: input.fairnessNote ?? null, fairnessAttributes: sensitive } : {}),
    });
    await endPilotsOfProposal(tx, actor, { proposalId: id, reason: 'approved' });
    await settleBacklogItem(tx, actor, { proposalId: id, outcome: 'approved' });
    await recordAudit(tx, actor, {
      action: 'proposals.approved',
      target: { type: 'proposal', id },
      before: { status: 'open', revision: p.revision, segmentKey: key, baseVersion: p.baseVersion },
      after: {
        status: 'approved',
        revision: p.revision,
        segmentKey: key,
        version,
        segmentStatus: status,
        moved,
        followUpDue,
        ...(sensitive.length > 0 ? { fairness: { attributes: sensitive, note: input.fairnessNote } } : {}),
      },
    });
    await emitEvent(tx, {
      kind: 'proposal.decided',
      path: `/proposals/${id}`,
      data: {
        proposalId: id,
        target: 'segment',
        decision: 'approved',
        segmentKey: key,
        settingKey: null,
        version,
        decidedBy: actor.email,
      },
    });
    return { key, version };
  });
  const [proposal, version] = await Promise.all([
    getProposal(db, actor, { id }),
    segmentVersion(db.conn, published.key, published.version),
  ]);
  if (!version) throw new Error('the approved version is missing');
  return { proposal, version };
}

/** Rejects a proposal; the rationale is required: the owner defends the decision. */
export async function rejectProposal(
  db: DbContext,
  actor: UserActor,
  { id, rationale }: { id: string; rationale: string },
) {
  const pilotEnded = await transaction(db, async (tx) => {
    const p = await lockOpenForDecision(tx, actor, id);
    const now = tx.clock.now();
    await repo.updateProposal(tx.conn, id, {
      status: 'rejected',
      decidedBy: actor.id,
      decidedAt: now,
      decisionNote: rationale,
      updatedAt: now,
    });
    await lintAndRecord(tx, actor, { text: rationale, field: 'proposal.rejection', sourceId: id });
    await recordAudit(tx, actor, {
      action: 'proposals.rejected',
      target: { type: 'proposal', id },
      before: { status: 'open', revision: p.revision },
      after: { status: 'rejected', revision: p.revision, rationale },
    });
    await emitEvent(tx, {
      kind: 'proposal.decided',
      path: `/proposals/${id}`,
      data: {
        proposalId: id,
        target: 'segment',
        decision: 'rejected',
        segmentKey: p.segmentKey,
        settingKey: null,
        version: null,
        decidedBy: actor.email,
      },
    });
    await settleBacklogItem(tx, actor, { proposalId: id, outcome: 'rejected' });
    return endPilotsOfProposal(tx, actor, { proposalId: id, reason: 'rejected' });
  });
  if (pilotEnded) forgetPolicyHere(db.root);
  return getProposal(db, actor, { id });
}
