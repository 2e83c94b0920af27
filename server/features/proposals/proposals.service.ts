import type { CreateProposalInput, Proposal, SegmentDefinition } from '#domain/schemas/segments';
import type { DbOrTx } from '#server/db/client';
import { type Actor, recordAudit } from '#server/features/audit/audit.service';
import { lintAndRecord } from '#server/features/glossary/lint-and-record';
import { definitionOf } from '#server/features/segments/segments.present';
import * as segments from '#server/features/segments/segments.repo';
import type { Deps } from '#server/http/env';
import { ConflictError, ForbiddenError, type Issue, NotFoundError, ValidationError } from '#server/lib/errors';
import { presentProposal, type Viewer } from './proposals.present';
import * as repo from './proposals.repo';

export type ProposalEdit = { definition?: SegmentDefinition; rationale?: string; baseVersion?: number };

const invalid = (issues: Issue[]) =>
  new ValidationError(`Invalid request: ${issues.map((i) => i.path.join('.')).join(', ')}`, issues);

/** JSON with object keys sorted, so equal definitions compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The checks a proposal's target and content must pass, at creation and at every edit: the segment
 * exists (or, for a new one, does not), the base version is the current one, transitions name
 * active segments, and an update changes something.
 */
async function checkTarget(
  tx: DbOrTx,
  kind: Proposal['kind'],
  key: string,
  baseVersion: number | null,
  def: SegmentDefinition,
) {
  const segment = await segments.findSegment(tx, key);
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
  const active = new Set(
    (await segments.listCurrent(tx)).filter((r) => r.version.status === 'active').map((r) => r.version.segmentKey),
  );
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
  if (issues.length > 0) throw invalid(issues);
  if (kind === 'update' && baseVersion !== null) {
    const base = await segments.findVersion(tx, key, baseVersion);
    if (base && canonical(definitionOf(base.version)) === canonical(def)) {
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
 * Opens a change proposal inside the caller's transaction. Who may propose is the caller's rule:
 * routes allow owner and operations; the exception protocol calls this for a marketer.
 */
export async function createProposal(
  tx: DbOrTx,
  deps: Deps,
  actor: Actor,
  input: CreateProposalInput,
  options: { exceptionId?: string } = {},
): Promise<{ id: string; status: 'open' }> {
  if (!actor.id) throw new ForbiddenError('Proposals are made by people, not API tokens.');
  const baseVersion = input.kind === 'create' ? null : (input.baseVersion ?? null);
  await checkTarget(tx, input.kind, input.segmentKey, baseVersion, input.definition);
  const now = deps.clock.now();
  const row = await repo.insertProposal(tx, {
    kind: input.kind,
    segmentKey: input.segmentKey,
    baseVersion,
    content: input.definition,
    rationale: input.rationale,
    status: 'open',
    revision: 1,
    proposerId: actor.id,
    exceptionId: options.exceptionId ?? null,
    createdAt: now,
    updatedAt: now,
  });
  await recordRationaleFindings(tx, deps, actor, row.id, input.rationale);
  await recordAudit(tx, deps.clock, actor, {
    action: 'proposals.created',
    target: { type: 'proposal', id: row.id },
    after: { ...snapshot(row), exceptionId: row.exceptionId },
  });
  return { id: row.id, status: 'open' };
}

/**
 * Lints a new proposal's rationale (segment or setting) and keeps the findings count with it.
 * Retired language warns, never blocks.
 */
export async function recordRationaleFindings(tx: DbOrTx, deps: Deps, actor: Actor, id: string, rationale: string) {
  const findings = await lintAndRecord(tx, deps, { text: rationale, field: 'proposal.rationale', sourceId: id, actor });
  if (findings > 0) await repo.updateProposal(tx, id, { rationaleFindings: findings });
}

export async function getProposal(db: DbOrTx, id: string, viewer: Viewer): Promise<Proposal> {
  const view = await repo.findProposal(db, id);
  if (!view) throw new NotFoundError('Proposal');
  return presentProposal(view, viewer);
}

export async function listProposals(db: DbOrTx, f: Parameters<typeof repo.listProposals>[1], viewer: Viewer) {
  return (await repo.listProposals(db, f)).map((v) => presentProposal(v, viewer));
}

/** Locks an open proposal that `actor` proposed; anything else is refused. */
async function lockOwnOpen(tx: DbOrTx, actor: Actor, id: string, doing: string) {
  const p = await repo.lockProposal(tx, id);
  if (!p) throw new NotFoundError('Proposal');
  if (p.proposerId !== actor.id) throw new ForbiddenError(`Only the person who proposed it may ${doing} a proposal.`);
  if (p.status !== 'open') throw new ConflictError('not_open', `This proposal is ${p.status}; only open ones change.`);
  return p;
}

/**
 * The proposer edits an open proposal. Every edit bumps the revision, which resets review: an
 * approval given for an earlier revision fails with proposal_changed.
 */
export async function editProposal(deps: Deps, actor: Actor, id: string, edit: ProposalEdit, viewer: Viewer) {
  if (edit.definition === undefined && edit.rationale === undefined && edit.baseVersion === undefined) {
    throw invalid([{ path: [], message: 'Change the definition, the rationale or the base version' }]);
  }
  await deps.db.transaction(async (tx) => {
    const before = await lockOwnOpen(tx, actor, id, 'edit');
    if (before.kind === 'create' && edit.baseVersion !== undefined) {
      throw invalid([{ path: ['baseVersion'], message: 'A new segment has no base version' }]);
    }
    const definition = edit.definition ?? (before.content as SegmentDefinition);
    const baseVersion = edit.baseVersion ?? before.baseVersion;
    await checkTarget(tx, before.kind as Proposal['kind'], before.segmentKey ?? '', baseVersion, definition);
    const rationaleFindings =
      edit.rationale === undefined
        ? before.rationaleFindings
        : await lintAndRecord(tx, deps, { text: edit.rationale, field: 'proposal.rationale', sourceId: id, actor });
    const after = await repo.updateProposal(tx, id, {
      content: definition,
      rationale: edit.rationale ?? before.rationale,
      rationaleFindings,
      baseVersion,
      revision: before.revision + 1,
      updatedAt: deps.clock.now(),
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'proposals.edited',
      target: { type: 'proposal', id },
      before: snapshot(before),
      after: snapshot(after),
    });
  });
  return getProposal(deps.db, id, viewer);
}

export async function withdrawProposal(deps: Deps, actor: Actor, id: string, viewer: Viewer) {
  await deps.db.transaction(async (tx) => {
    const before = await lockOwnOpen(tx, actor, id, 'withdraw');
    const after = await repo.updateProposal(tx, id, { status: 'withdrawn', updatedAt: deps.clock.now() });
    await recordAudit(tx, deps.clock, actor, {
      action: 'proposals.withdrawn',
      target: { type: 'proposal', id },
      before: { status: before.status, revision: before.revision },
      after: { status: after.status, revision: after.revision },
    });
  });
  return getProposal(deps.db, id, viewer);
}
