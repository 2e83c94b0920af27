import type { Role } from '#domain/roles';
import type { SegmentDefinition } from '#domain/schemas/segments';
import { DECISION_REFUSALS, decisionRefusal, FOLLOW_UP_DAYS } from '#domain/segments/decision-rule';
import type { DbOrTx } from '#server/db/client';
import { type Actor, recordAudit } from '#server/features/audit/audit.service';
import { announcePolicyChange } from '#server/features/firewall/policy-cache';
import { lintAndRecord } from '#server/features/glossary/lint-and-record';
import { lockMembershipExclusive, reevaluate } from '#server/features/segments/membership.repo';
import { presentVersion, versionColumns } from '#server/features/segments/segments.present';
import * as segments from '#server/features/segments/segments.repo';
import { findUserById } from '#server/features/session/session.repo';
import type { Deps, UserPrincipal } from '#server/http/env';
import { ConflictError, ForbiddenError, NotFoundError } from '#server/lib/errors';
import { proposerIsOwner } from './proposals.present';
import * as repo from './proposals.repo';
import { getProposal } from './proposals.service';

const DAY_MS = 86_400_000;

/** Refuses a decision by someone the rule does not allow (DESIGN §1.2): 403 with the reason. */
async function assertMayDecide(tx: DbOrTx, user: UserPrincipal, p: repo.ProposalRow) {
  const proposer = await findUserById(tx, p.proposerId);
  const refusal = decisionRefusal(
    { id: user.userId, roles: user.roles },
    { id: p.proposerId, isOwner: proposer ? proposerIsOwner(proposer) : false },
  );
  if (refusal) throw new ForbiddenError(DECISION_REFUSALS[refusal], refusal);
}

async function lockOpenForDecision(tx: DbOrTx, user: UserPrincipal, id: string) {
  const p = await repo.lockProposal(tx, id);
  if (!p) throw new NotFoundError('Proposal');
  await assertMayDecide(tx, user, p);
  if (p.status !== 'open') throw new ConflictError('not_open', `This proposal is already ${p.status}.`);
  return p;
}

const viewerOf = (user: UserPrincipal) => ({ id: user.userId, roles: user.roles as Role[] });

/**
 * Approves a proposal: the new immutable version, the segment's current version and status, the
 * membership of every contact and the audit entry commit together or not at all. Approvals take
 * the membership lock first, then the proposal row, then the segment row, so two racing
 * approvals queue and the second sees the first's result (not_open or stale_base_version).
 */
export async function approveProposal(
  deps: Deps,
  actor: Actor,
  user: UserPrincipal,
  id: string,
  input: { note?: string; revision?: number },
) {
  const versionKey = await deps.db.transaction(async (tx) => {
    await lockMembershipExclusive(tx);
    const p = await lockOpenForDecision(tx, user, id);
    if (input.revision !== undefined && input.revision !== p.revision) {
      throw new ConflictError(
        'proposal_changed',
        `The proposal was edited after you opened it (now revision ${p.revision}); review it again.`,
      );
    }
    const key = p.segmentKey ?? '';
    const now = deps.clock.now();
    let version = 1;
    if (p.kind === 'create') {
      const created = await segments.insertSegment(tx, { key, status: 'active', currentVersion: 1, createdAt: now });
      if (!created) throw new ConflictError('segment_exists', `A segment with the key ${key} exists now.`);
    } else {
      const segment = await segments.lockSegment(tx, key);
      if (!segment) throw new NotFoundError(`Segment ${key}`);
      if (segment.currentVersion !== p.baseVersion) {
        throw new ConflictError(
          'stale_base_version',
          `This proposal changes version ${p.baseVersion}, but ${key} is at version ${segment.currentVersion} now.`,
        );
      }
      version = segment.currentVersion + 1;
    }
    const status = p.kind === 'retire' ? 'retired' : 'active';
    await segments.insertVersion(tx, {
      ...versionColumns(p.content as SegmentDefinition),
      segmentKey: key,
      version,
      status,
      proposalId: p.id,
      proposedBy: p.proposerId,
      approvedBy: user.userId,
      approvedAt: now,
    });
    if (p.kind !== 'create') await segments.setCurrent(tx, key, version, status);
    const followUpDue = new Date(now.getTime() + FOLLOW_UP_DAYS * DAY_MS).toISOString().slice(0, 10);
    await repo.updateProposal(tx, id, {
      status: 'approved',
      decidedBy: user.userId,
      decidedAt: now,
      decisionNote: input.note ?? null,
      followUpDue,
      updatedAt: now,
    });
    const moved = await reevaluate(tx, now);
    await announcePolicyChange(tx); // every instance's firewall reloads the segment's rules
    await recordAudit(tx, deps.clock, actor, {
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
      },
    });
    return { key, version };
  });
  const [proposal, versionRow] = await Promise.all([
    getProposal(deps.db, id, viewerOf(user)),
    segments.findVersion(deps.db, versionKey.key, versionKey.version),
  ]);
  if (!versionRow) throw new Error('the approved version is missing');
  return { proposal, version: presentVersion(versionRow) };
}

/** Rejects a proposal; the rationale is required: the owner defends the decision. */
export async function rejectProposal(deps: Deps, actor: Actor, user: UserPrincipal, id: string, rationale: string) {
  await deps.db.transaction(async (tx) => {
    const p = await lockOpenForDecision(tx, user, id);
    const now = deps.clock.now();
    await repo.updateProposal(tx, id, {
      status: 'rejected',
      decidedBy: user.userId,
      decidedAt: now,
      decisionNote: rationale,
      updatedAt: now,
    });
    await lintAndRecord(tx, deps, { text: rationale, field: 'proposal.rejection', sourceId: id, actor });
    await recordAudit(tx, deps.clock, actor, {
      action: 'proposals.rejected',
      target: { type: 'proposal', id },
      before: { status: 'open', revision: p.revision },
      after: { status: 'rejected', revision: p.revision, rationale },
    });
  });
  return getProposal(deps.db, id, viewerOf(user));
}
