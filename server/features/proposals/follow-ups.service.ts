import type { CheckpointDays, FollowUpImpact, FollowUpOutcome } from '#domain/schemas/follow-ups';
import type { CreateProposalInput, FollowUp } from '#domain/schemas/segments';
import { FOLLOW_UP_DAYS } from '#domain/segments/decision-rule';
import { checkpointsOf, dueCheckpoint } from '#domain/segments/follow-up-checkpoints';
import { dayInWords } from '#domain/time-words';
import type { Actor, ActorRef, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { alreadyEmitted, emitEvent } from '#server/core/events';
import { lintAndRecord } from '#server/core/lint-and-record';
import { segmentFigures } from '#server/features/metrics/segment-figures.read';
import { currentSegment, versionDefinition } from '#server/features/segments/segments.read';
import { ConflictError, NotFoundError } from '#server/lib/errors';
import * as outcomes from './follow-ups.repo';
import { pilotReadout } from './pilot-readout.service';
import * as pilots from './pilots.repo';
import { presentFollowUp, segmentProposal } from './proposals.present';
import * as repo from './proposals.repo';
import { createProposal } from './proposals.service';

/**
 * Follow-ups with measured impact (docs/rules.md, "Follow-ups"): each approved change is looked at
 * again 7, 30 and 90 days after approval, against its segment's figures before and after; the owner
 * records kept, adjust or revert at each, and a revert opens the proposal that undoes the change.
 */

const DAY_MS = 86_400_000;
const today = (db: DbContext) => db.clock.now().toISOString().slice(0, 10);

/** Approved changes and their follow-ups; with `due`, only those whose latest reached checkpoint waits for an outcome. */
export async function listFollowUps(db: DbContext, _actor: Actor, { due }: { due: boolean }): Promise<FollowUp[]> {
  const now = db.clock.now();
  const views = await repo.listFollowUps(db.conn);
  const recorded = await outcomes.outcomesOf(
    db.conn,
    views.map((v) => v.proposal.id),
  );
  const items = views.map((v) => presentFollowUp(v, now, recorded.get(v.proposal.id) ?? new Map()));
  return due ? items.filter((f) => f.due) : items;
}

async function approvedView(db: DbContext, id: string) {
  const view = await repo.findProposal(db.conn, id);
  if (!view) throw new NotFoundError('Proposal');
  const approvedAt = view.proposal.decidedAt;
  if (view.proposal.status !== 'approved' || !approvedAt) {
    throw new ConflictError(
      'not_approved',
      `Only approved changes have a follow-up; this one is ${view.proposal.status}.`,
    );
  }
  return { view, approvedAt };
}

/**
 * The segment's figures for the same length of time before and after the approval, at each
 * checkpoint; before a checkpoint is reached its "after" counts up to now.
 */
export async function followUpImpact(db: DbContext, _actor: Actor, { id }: { id: string }): Promise<FollowUpImpact> {
  const { view, approvedAt } = await approvedView(db, id);
  const p = view.proposal;
  const key = p.segmentKey ?? '';
  const now = db.clock.now();
  const pilot = await lastPilotReadout(db, _actor, id);
  const recorded = (await outcomes.outcomesOf(db.conn, [id])).get(id) ?? new Map<number, outcomes.OutcomeRow>();
  const checkpoints = checkpointsOf(approvedAt, now, new Map([...recorded].map(([d, o]) => [d, o.outcome])));
  const at = approvedAt.getTime();
  const items = [];
  for (const c of checkpoints) {
    const span = c.days * DAY_MS;
    const before = await segmentFigures(db.conn, key, { from: new Date(at - span), to: approvedAt }, now);
    const after = await segmentFigures(db.conn, key, { from: approvedAt, to: new Date(at + span) }, now);
    const o = recorded.get(c.days);
    items.push({
      days: c.days,
      dueOn: c.dueOn,
      reached: c.reached,
      before,
      after,
      pilot,
      outcome: o
        ? {
            outcome: o.outcome,
            note: o.note,
            noteFindings: o.noteFindings,
            by: { id: o.recordedBy, name: o.recordedByName },
            at: o.recordedAt.toISOString(),
            proposalId: o.openedProposalId,
          }
        : null,
    });
  }
  return {
    proposalId: id,
    kind: segmentProposal(p).kind,
    segmentKey: key,
    version: view.approvedVersion,
    approvedAt: approvedAt.toISOString(),
    dueCheckpoint: dueCheckpoint(checkpoints),
    checkpoints: items,
  };
}

type RecordInput = { id: string; checkpoint: CheckpointDays; outcome: FollowUpOutcome; note: string };

/**
 * The owner records the outcome at a reached checkpoint, once. A revert opens, in the same
 * transaction, the proposal that undoes the change (a new segment's retirement, or the definition
 * the change replaced, based on the segment's current version); an adjust answers a proposal to
 * start from, prefilled with the segment as it is now, and files nothing.
 */
export async function recordFollowUp(db: DbContext, actor: UserActor, input: RecordInput) {
  const { id, checkpoint, outcome, note } = input;
  const { openedProposalId, prefill } = await transaction(db, async (tx) => {
    const p = await repo.lockProposal(tx.conn, id);
    if (!p) throw new NotFoundError('Proposal');
    if (p.status !== 'approved' || !p.decidedAt) {
      throw new ConflictError('not_approved', `Only approved changes have a follow-up; this one is ${p.status}.`);
    }
    const now = tx.clock.now();
    const reachedAt = new Date(p.decidedAt.getTime() + checkpoint * DAY_MS);
    if (reachedAt > now) {
      throw new ConflictError(
        'checkpoint_not_reached',
        `The ${checkpoint}-day checkpoint is on ${dayInWords(reachedAt)}; its figures are not in yet.`,
      );
    }
    if (await outcomes.findOutcome(tx.conn, id, checkpoint)) {
      throw new ConflictError(
        'follow_up_recorded',
        `The ${checkpoint}-day outcome of this change is already recorded.`,
      );
    }
    const noteFindings = await lintAndRecord(tx, actor, { text: note, field: 'proposal.follow_up', sourceId: id });
    const plan = outcome === 'kept' ? null : await planFor(tx, p, input);
    const opened = outcome === 'revert' && plan ? (await createProposal(tx, actor, plan)).id : null;
    await outcomes.insertOutcome(tx.conn, {
      proposalId: id,
      checkpointDays: checkpoint,
      outcome,
      note,
      noteFindings,
      recordedBy: actor.id,
      recordedAt: now,
      openedProposalId: opened,
    });
    // The 30-day checkpoint is the follow-up every approval has always had (followUpDue).
    if (checkpoint === FOLLOW_UP_DAYS && p.followUpOutcome === null) {
      await repo.updateProposal(tx.conn, id, { followUpOutcome: note, followUpAt: now, followUpBy: actor.id });
    }
    await recordAudit(tx, actor, {
      action: 'proposals.follow_up_recorded',
      target: { type: 'proposal', id },
      before: { checkpoint, outcome: null },
      after: { checkpoint, outcome, note, openedProposalId: opened },
    });
    return { openedProposalId: opened, prefill: outcome === 'adjust' ? plan : null };
  });
  return { followUp: await followUpImpact(db, actor, { id }), openedProposalId, prefill };
}

/** The proposal an adjust starts from, or the one a revert files. */
async function planFor(tx: DbContext, p: repo.ProposalRow, input: RecordInput): Promise<CreateProposalInput> {
  const key = p.segmentKey ?? '';
  const segment = await currentSegment(tx.conn, key);
  if (!segment) throw new NotFoundError(`Segment ${key}`);
  const approvedOn = p.decidedAt?.toISOString().slice(0, 10) ?? '';
  const why = `${input.outcome === 'revert' ? 'Revert' : 'Adjust'} after the ${input.checkpoint}-day follow-up of the change approved on ${approvedOn}: ${input.note}`;
  const base = { segmentKey: key, baseVersion: segment.version, rationale: why };
  if (input.outcome === 'adjust') return { ...base, kind: 'update', definition: segment.definition };
  const { kind } = segmentProposal(p);
  if (kind === 'create') return { ...base, kind: 'retire', definition: segment.definition };
  const replaced = p.baseVersion === null ? undefined : await versionDefinition(tx.conn, key, p.baseVersion);
  if (!replaced) throw new ConflictError('nothing_to_revert', 'The version this change replaced is not on record.');
  return { ...base, kind: 'update', definition: replaced };
}

/**
 * Announces each follow-up whose 30-day checkpoint (`followUpDue`) has come with no outcome recorded
 * at it, with a `follow_up.due` event, once: the event's
 * dedupe key is the proposal, so however many instances run this pass, and however often, each
 * follow-up is announced one time (docs/webhooks.md, "follow_up.due"). Returns how many were new.
 */
export async function announceDueFollowUps(db: DbContext, _actor: ActorRef, _input: Record<string, never>) {
  const due = await repo.listFollowUps(db.conn, today(db));
  const keyOf = (id: string) => `follow_up.due:${id}`;
  const done = await alreadyEmitted(
    db,
    due.map((p) => keyOf(p.proposal.id)),
  );
  const fresh = due.filter((p) => !done.has(keyOf(p.proposal.id)));
  if (fresh.length === 0) return 0;
  return transaction(db, async (tx) => {
    for (const p of fresh) {
      await emitEvent(tx, {
        kind: 'follow_up.due',
        data: {
          proposalId: p.proposal.id,
          segmentKey: p.proposal.segmentKey,
          followUpDue: p.proposal.followUpDue ?? '',
        },
        path: `/proposals/${p.proposal.id}`,
        dedupeKey: keyOf(p.proposal.id),
      });
    }
    return fresh.length;
  });
}

/** The readout of the change's last pilot, in words, for its follow-up; null when none ran. */
async function lastPilotReadout(db: DbContext, actor: Actor, proposalId: string) {
  const [last] = await pilots.pilotsOfProposal(db.conn, proposalId);
  if (!last) return null;
  const r = await pilotReadout(db, actor, { id: last.pilot.id });
  return { id: last.pilot.id, endedAt: r.pilot.endedAt, summary: r.summary, verdicts: r.metrics.map((m) => m.summary) };
}
