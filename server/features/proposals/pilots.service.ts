import { canonical } from '#domain/canonical';
import { normalisePause } from '#domain/firewall/pause';
import { cohortOf } from '#domain/pilots/cohort';
import type { Pilot } from '#domain/schemas/pilots';
import { instantInWords } from '#domain/time-words';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { lintAndRecord } from '#server/core/lint-and-record';
import { announcePolicyChange, forgetPolicyHere } from '#server/core/policy-change';
import { assertMayDecide } from '#server/core/proposal-decisions';
import { contactsReachedBy } from '#server/features/segments/moves.read';
import { segmentState, segmentVersion } from '#server/features/segments/segments.read';
import { ConflictError, invalidField, NotFoundError } from '#server/lib/errors';
import { presentPilot } from './pilots.present';
import * as repo from './pilots.repo';
import { segmentProposal } from './proposals.present';
import * as proposals from './proposals.repo';

const DAY_MS = 86_400_000;
const MAX_DAYS = 28;

export type StartPilot = { id: string; share: number; durationDays: number };

/**
 * The owner starts a pilot of an open segment proposal (docs/pilots.md): the contacts the change
 * would reach now are split by a hash of their id and the pilot's, a pilot cohort decided by the
 * proposed version and a control cohort decided by the current one, fixed for the pilot's life.
 */
export async function startPilot(db: DbContext, actor: UserActor, input: StartPilot): Promise<Pilot> {
  const id = crypto.randomUUID();
  await transaction(db, async (tx) => {
    const p = await proposals.lockProposal(tx.conn, input.id);
    if (!p) throw new NotFoundError('Proposal');
    // A pilot applies the proposal to real sends: only someone who may decide it starts one, so the
    // owner never pilots their own proposal or a stand-in's (docs/rules.md, "Pilots").
    await assertMayDecide(tx.conn, actor, p.proposerId);
    if (p.status !== 'open') throw new ConflictError('not_open', `This proposal is already ${p.status}.`);
    const { kind, definition } = segmentProposal(p);
    const key = p.segmentKey as string;
    await repo.lockSegmentPilots(tx.conn, key);
    const now = tx.clock.now();
    const running = await repo.runningOnSegment(tx.conn, key, now);
    if (running) {
      throw new ConflictError(
        'pilot_running',
        `A pilot of ${key} runs until ${instantInWords(running.endsAt)}: one pilot per segment at a time.`,
      );
    }
    const state = await segmentState(tx.conn, key);
    if (kind !== 'create' && state?.currentVersion !== p.baseVersion) {
      throw new ConflictError(
        'stale_base_version',
        'The segment changed since this proposal was made: re-base it before piloting.',
      );
    }
    const current = state ? await segmentVersion(tx.conn, key, state.currentVersion) : undefined;
    const rulesChange =
      kind === 'update' &&
      current !== undefined &&
      (canonical(normalisePause(current.pause)) !== canonical(normalisePause(definition.pause)) ||
        current.approval !== definition.approval);
    const reached = await contactsReachedBy(tx.conn, now, {
      key,
      proposed: kind === 'retire' ? null : definition,
      rulesChange,
    });
    const assigned: repo.Assigned[] = [];
    for (const m of reached) {
      const cohort = cohortOf(id, m.id, input.share);
      if (cohort) assigned.push({ ...m, cohort });
    }
    const endsAt = new Date(now.getTime() + input.durationDays * DAY_MS);
    await repo.insertPilot(tx.conn, {
      id,
      proposalId: p.id,
      segmentKey: key,
      proposalRevision: p.revision,
      sharePercent: input.share,
      startedBy: actor.id,
      startsAt: now,
      endsAt,
      eligible: reached.length,
      pilotSize: 0,
      controlSize: 0,
    });
    const sizes = await repo.insertMembers(tx.conn, id, now, assigned);
    if (sizes.pilot === 0 || sizes.control === 0) {
      throw new ConflictError(
        'nothing_to_pilot',
        `The change reaches ${reached.length} contacts now; at ${input.share}% that leaves a cohort empty. Raise the share or wait for more contacts.`,
      );
    }
    await repo.updatePilot(tx.conn, id, { pilotSize: sizes.pilot, controlSize: sizes.control });
    await recordAudit(tx, actor, {
      action: 'pilots.started',
      target: { type: 'proposal', id: p.id },
      after: {
        pilotId: id,
        segmentKey: key,
        revision: p.revision,
        share: input.share,
        startsAt: now.toISOString(),
        endsAt: endsAt.toISOString(),
        eligible: reached.length,
        cohort: sizes,
      },
    });
    await announcePolicyChange(tx);
  });
  forgetPolicyHere(db.root);
  return getPilot(db, actor, { id });
}

export async function getPilot(db: DbContext, _actor: Actor, { id }: { id: string }): Promise<Pilot> {
  const view = await repo.findPilot(db.conn, id);
  if (!view) throw new NotFoundError('Pilot');
  return presentPilot(view, db.clock.now());
}

export async function listProposalPilots(db: DbContext, _actor: Actor, { id }: { id: string }) {
  const p = await proposals.findProposal(db.conn, id);
  if (!p) throw new NotFoundError('Proposal');
  const now = db.clock.now();
  return { items: (await repo.pilotsOfProposal(db.conn, id)).map((v) => presentPilot(v, now)) };
}

/** Locks a pilot that is still running; an ended one cannot be stopped or extended. */
async function lockRunning(tx: DbContext, id: string) {
  const p = await repo.lockPilot(tx.conn, id);
  if (!p) throw new NotFoundError('Pilot');
  const now = tx.clock.now();
  if (p.endedAt !== null || p.endsAt.getTime() <= now.getTime()) {
    throw new ConflictError('pilot_ended', 'This pilot has already ended.');
  }
  return { p, now };
}

export async function stopPilot(db: DbContext, actor: UserActor, input: { id: string; note?: string }) {
  await transaction(db, async (tx) => {
    const { p, now } = await lockRunning(tx, input.id);
    await repo.updatePilot(tx.conn, p.id, { endedAt: now, endReason: 'stopped', endedBy: actor.id });
    if (input.note) await lintAndRecord(tx, actor, { text: input.note, field: 'pilot.stop', sourceId: p.id });
    await recordAudit(tx, actor, {
      action: 'pilots.stopped',
      target: { type: 'proposal', id: p.proposalId },
      before: { pilotId: p.id, endsAt: p.endsAt.toISOString() },
      after: { pilotId: p.id, endedAt: now.toISOString(), note: input.note ?? null },
    });
    await announcePolicyChange(tx);
  });
  forgetPolicyHere(db.root);
  return getPilot(db, actor, { id: input.id });
}

export async function extendPilot(db: DbContext, actor: UserActor, input: { id: string; days: number; note?: string }) {
  await transaction(db, async (tx) => {
    const { p } = await lockRunning(tx, input.id);
    // Extending keeps the proposal applied longer: the same rule as starting (a handover can make
    // the proposer the owner).
    const proposal = await proposals.findProposal(tx.conn, p.proposalId);
    if (proposal) await assertMayDecide(tx.conn, actor, proposal.proposal.proposerId);
    const endsAt = new Date(p.endsAt.getTime() + input.days * DAY_MS);
    if (endsAt.getTime() - p.startsAt.getTime() > MAX_DAYS * DAY_MS) {
      const left = Math.floor((p.startsAt.getTime() + MAX_DAYS * DAY_MS - p.endsAt.getTime()) / DAY_MS);
      throw invalidField('days', `A pilot runs at most ${MAX_DAYS} days: at most ${left} more`);
    }
    await repo.updatePilot(tx.conn, p.id, { endsAt });
    if (input.note) await lintAndRecord(tx, actor, { text: input.note, field: 'pilot.extend', sourceId: p.id });
    await recordAudit(tx, actor, {
      action: 'pilots.extended',
      target: { type: 'proposal', id: p.proposalId },
      before: { pilotId: p.id, endsAt: p.endsAt.toISOString() },
      after: { pilotId: p.id, endsAt: endsAt.toISOString(), note: input.note ?? null },
    });
    await announcePolicyChange(tx);
  });
  forgetPolicyHere(db.root);
  return getPilot(db, actor, { id: input.id });
}

/**
 * Inside the transaction that approves, rejects, withdraws or edits a proposal: its running pilot
 * ends with it, audited beside the change. Returns whether one ended (the caller's commit then
 * tells the firewall, which forgets the cohorts).
 */
export async function endPilotsOfProposal(
  tx: DbContext,
  actor: UserActor,
  input: { proposalId: string; reason: 'approved' | 'rejected' | 'withdrawn' | 'edited' },
): Promise<boolean> {
  const ended = await repo.endRunningOfProposal(tx.conn, input.proposalId, tx.clock.now(), {
    reason: input.reason,
    by: actor.id,
  });
  for (const p of ended) {
    await recordAudit(tx, actor, {
      action: 'pilots.ended',
      target: { type: 'proposal', id: p.proposalId },
      after: { pilotId: p.id, reason: input.reason, endedAt: p.endedAt?.toISOString() ?? null },
    });
  }
  if (ended.length > 0) await announcePolicyChange(tx);
  return ended.length > 0;
}
