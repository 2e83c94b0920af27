import { sameDefinition } from '#domain/exceptions/same-definition';
import type { CreateProposalInput, Proposal, ProposalStatus, SegmentDefinition } from '#domain/schemas/segments';
import { attributesOf } from '#domain/segments/criteria-walk';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { settleBacklogItem } from '#server/core/backlog-order';
import { type DbContext, transaction } from '#server/core/db';
import { emitEvent } from '#server/core/events';
import { lintAndRecord } from '#server/core/lint-and-record';
import { forgetPolicyHere } from '#server/core/policy-change';
import { dictionaryIssues, sensitivities } from '#server/features/attributes/attributes.read';
import { activeSegmentKeys, segmentState, versionDefinition } from '#server/features/segments/segments.read';
import { ConflictError, ForbiddenError, type Issue, invalid, NotFoundError } from '#server/lib/errors';
import { endPilotsOfProposal } from './pilots.service';
import { presentProposal, segmentProposal } from './proposals.present';
import * as repo from './proposals.repo';

export type ProposalEdit = { definition?: SegmentDefinition; rationale?: string; baseVersion?: number };

/**
 * The checks a proposal's target and content must pass, at creation and at every edit: the segment
 * exists (or, for a new one, does not), the base version is the current one, transitions name
 * active segments, the criteria read only attributes accepted into the dictionary (docs/rules.md,
 * "Attribute dictionary"), and an update changes something.
 */
async function checkTarget(
  tx: DbContext,
  kind: Proposal['kind'],
  key: string,
  baseVersion: number | null,
  def: SegmentDefinition,
) {
  const segment = await segmentState(tx.conn, key);
  if (kind === 'create') {
    if (segment) throw new ConflictError('segment_exists', `A segment with the key ${key} exists: propose an update.`);
  } else {
    if (!segment) throw new NotFoundError(`Segment ${key}`);
    if (baseVersion === null || baseVersion > segment.currentVersion) {
      throw invalid([{ path: ['baseVersion'], message: `${key} has no version ${baseVersion}` }]);
    }
    if (baseVersion < segment.currentVersion) {
      throw new ConflictError(
        'stale_base_version',
        `${key} is at version ${segment.currentVersion} now; base the proposal on it.`,
      );
    }
    if (kind === 'retire' && segment.status === 'retired') {
      throw new ConflictError('already_retired', `${key} is already retired.`);
    }
  }
  if (kind === 'retire') return;
  const active = await activeSegmentKeys(tx.conn);
  const issues: Issue[] = def.transitions.flatMap((t, i) =>
    t === key || !active.has(t)
      ? [
          {
            path: ['definition', 'transitions', i],
            message: t === key ? 'A segment cannot move to itself' : `No active segment ${t}`,
          },
        ]
      : [],
  );
  issues.push(...(await dictionaryIssues(tx.conn, def.criteria, ['definition', 'criteria'])));
  if (issues.length > 0) throw invalid(issues);
  if (kind === 'update' && baseVersion !== null) {
    const base = await versionDefinition(tx.conn, key, baseVersion);
    if (base && sameDefinition(base, def)) {
      throw invalid([
        { path: ['definition'], message: `This is version ${baseVersion} unchanged: change something, or withdraw` },
      ]);
    }
  }
}

const snapshot = (p: repo.ProposalRow) => ({
  kind: p.kind,
  segmentKey: p.segmentKey,
  baseVersion: p.baseVersion,
  revision: p.revision,
  definition: p.content,
  rationale: p.rationale,
  status: p.status,
});

/**
 * Opens a change proposal. Who may propose is the caller's rule: routes allow owner and
 * operations; the exception protocol calls this for a marketer, inside its own transaction, with
 * the exception the proposal answers.
 */
export async function createProposal(
  db: DbContext,
  actor: UserActor,
  input: CreateProposalInput & { exceptionId?: string },
): Promise<{ id: string; status: 'open' }> {
  const baseVersion = input.kind === 'create' ? null : (input.baseVersion ?? null);
  return transaction(db, async (tx) => {
    await checkTarget(tx, input.kind, input.segmentKey, baseVersion, input.definition);
    const now = tx.clock.now();
    const row = await repo.insertProposal(tx.conn, {
      kind: input.kind,
      segmentKey: input.segmentKey,
      baseVersion,
      content: input.definition,
      rationale: input.rationale,
      status: 'open',
      revision: 1,
      proposerId: actor.id,
      exceptionId: input.exceptionId ?? null,
      createdAt: now,
      updatedAt: now,
    });
    // Retired language warns, never blocks; the count is kept with the rationale.
    const findings = await lintAndRecord(tx, actor, {
      text: input.rationale,
      field: 'proposal.rationale',
      sourceId: row.id,
    });
    if (findings > 0) await repo.updateProposal(tx.conn, row.id, { rationaleFindings: findings });
    await lintDescription(tx, actor, row.id, input.definition.description);
    await recordAudit(tx, actor, {
      action: 'proposals.created',
      target: { type: 'proposal', id: row.id },
      after: { ...snapshot(row), exceptionId: row.exceptionId },
    });
    await emitEvent(tx, {
      kind: 'proposal.opened',
      path: `/proposals/${row.id}`,
      data: {
        proposalId: row.id,
        target: 'segment',
        change: row.kind,
        segmentKey: row.segmentKey,
        settingKey: null,
        proposedBy: actor.email,
        exceptionId: row.exceptionId,
      },
    });
    return { id: row.id, status: 'open' as const };
  });
}

/** The segment's description is prose too: its findings count towards the usage trend. */
const lintDescription = (tx: DbContext, actor: UserActor, id: string, text: string) =>
  lintAndRecord(tx, actor, { text, field: 'proposal.description', sourceId: id });

export async function getProposal(db: DbContext, actor: Actor, { id }: { id: string }): Promise<Proposal> {
  const view = await repo.findProposal(db.conn, id);
  if (!view) throw new NotFoundError('Proposal');
  return presentProposal(view, actor, await sensitivityOf(db, [view]));
}

/** The dictionary's sensitive attributes among those the proposals' criteria read. */
function sensitivityOf(db: DbContext, views: repo.ProposalView[]) {
  return sensitivities(
    db.conn,
    views.flatMap((v) => attributesOf(segmentProposal(v.proposal).definition.criteria)),
  );
}

export async function listProposals(
  db: DbContext,
  actor: Actor,
  filter: { status?: ProposalStatus; segment?: string },
): Promise<Proposal[]> {
  const views = await repo.listProposals(db.conn, filter);
  const sensitive = await sensitivityOf(db, views);
  return views.map((v) => presentProposal(v, actor, sensitive));
}

/** Locks an open proposal that `actor` proposed; anything else is refused. */
async function lockOwnOpen(tx: DbContext, actor: UserActor, id: string, doing: string) {
  const p = await repo.lockProposal(tx.conn, id);
  if (!p) throw new NotFoundError('Proposal');
  if (p.proposerId !== actor.id) throw new ForbiddenError(`Only the person who proposed it may ${doing} a proposal.`);
  if (p.status !== 'open') throw new ConflictError('not_open', `This proposal is ${p.status}; only open ones change.`);
  return p;
}

/**
 * The proposer edits an open proposal. Every edit bumps the revision, which resets review: an
 * approval given for an earlier revision fails with proposal_changed.
 */
export async function editProposal(db: DbContext, actor: UserActor, { id, ...edit }: ProposalEdit & { id: string }) {
  if (edit.definition === undefined && edit.rationale === undefined && edit.baseVersion === undefined) {
    throw invalid([{ path: [], message: 'Change the definition, the rationale or the base version' }]);
  }
  const pilotEnded = await transaction(db, async (tx) => {
    const before = await lockOwnOpen(tx, actor, id, 'edit');
    const current = segmentProposal(before);
    if (current.kind === 'create' && edit.baseVersion !== undefined) {
      throw invalid([{ path: ['baseVersion'], message: 'A new segment has no base version' }]);
    }
    const definition = edit.definition ?? current.definition;
    const baseVersion = edit.baseVersion ?? before.baseVersion;
    await checkTarget(tx, current.kind, before.segmentKey ?? '', baseVersion, definition);
    const rationaleFindings =
      edit.rationale === undefined
        ? before.rationaleFindings
        : await lintAndRecord(tx, actor, { text: edit.rationale, field: 'proposal.rationale', sourceId: id });
    if (definition.description !== current.definition.description) {
      await lintDescription(tx, actor, id, definition.description);
    }
    const after = await repo.updateProposal(tx.conn, id, {
      content: definition,
      rationale: edit.rationale ?? before.rationale,
      rationaleFindings,
      baseVersion,
      revision: before.revision + 1,
      updatedAt: tx.clock.now(),
    });
    await recordAudit(tx, actor, {
      action: 'proposals.edited',
      target: { type: 'proposal', id },
      before: snapshot(before),
      after: snapshot(after),
    });
    // The pilot tried the revision before this one: its evidence no longer applies.
    return endPilotsOfProposal(tx, actor, { proposalId: id, reason: 'edited' });
  });
  if (pilotEnded) forgetPolicyHere(db.root);
  return getProposal(db, actor, { id });
}

export async function withdrawProposal(db: DbContext, actor: UserActor, { id }: { id: string }) {
  const pilotEnded = await transaction(db, async (tx) => {
    const before = await lockOwnOpen(tx, actor, id, 'withdraw');
    const after = await repo.updateProposal(tx.conn, id, { status: 'withdrawn', updatedAt: tx.clock.now() });
    await recordAudit(tx, actor, {
      action: 'proposals.withdrawn',
      target: { type: 'proposal', id },
      before: { status: before.status, revision: before.revision },
      after: { status: after.status, revision: after.revision },
    });
    await settleBacklogItem(tx, actor, { proposalId: id, outcome: 'withdrawn' });
    return endPilotsOfProposal(tx, actor, { proposalId: id, reason: 'withdrawn' });
  });
  if (pilotEnded) forgetPolicyHere(db.root);
  return getProposal(db, actor, { id });
}
