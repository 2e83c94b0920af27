import { monthOf } from '#domain/firewall/months';
import { isFutureMonth } from '#domain/reviews/months';
import {
  type ActionInput,
  type CompleteInput,
  type NoteInput,
  type Review,
  ReviewAgenda,
  type ReviewSummary,
} from '#domain/schemas/reviews';
import type { Db, DbOrTx } from '#server/db/client';
import { recordAudit } from '#server/features/audit/audit.service';
import { lintAndRecord } from '#server/features/glossary/lint-and-record';
import { actorOf } from '#server/http/actor';
import type { Deps, Principal, UserPrincipal } from '#server/http/env';
import { ConflictError, ValidationError } from '#server/lib/errors';
import { computeAgenda } from './agenda.service';
import { withoutNames } from './pressure';
import { headlineOf, peopleIn, presentAction, presentNote, presentReview } from './reviews.present';
import * as repo from './reviews.repo';

/** Reviews look back: a month that has not begun has nothing to review. */
export function assertReviewable(month: string, now: Date) {
  if (isFutureMonth(month, now)) {
    throw new ValidationError('Invalid request: month', [
      { path: ['month'], message: `${month} has not started yet; a review covers the current or a past month` },
    ]);
  }
}

/** Names in the pressure item are for the owner only: patterns, not people. */
const seesNames = (p: Principal) => p.kind === 'user' && p.roles.includes('owner');

/** A completed review is served from its snapshot: later data never changes it. */
async function agendaOf(deps: Deps, month: string, row: repo.ReviewRow | undefined): Promise<ReviewAgenda> {
  // Parsed through the contract: jsonb keeps its own key order, the agenda has a fixed one.
  if (row?.status === 'completed' && row.snapshot) return ReviewAgenda.parse(row.snapshot);
  return computeAgenda(deps, month, row?.pressureAnswer ?? null);
}

export async function getReview(deps: Deps, principal: Principal, month: string): Promise<Review> {
  assertReviewable(month, deps.clock.now());
  const row = await repo.findReview(deps.db, month);
  const [agenda, notes, actions] = await Promise.all([
    agendaOf(deps, month, row),
    repo.listNotes(deps.db, month),
    repo.listActions(deps.db, month),
  ]);
  const names = await repo.userNames(deps.db, peopleIn(row, notes, actions));
  return presentReview(month, row, seesNames(principal) ? agenda : withoutNames(agenda), notes, actions, names);
}

/** Every write locks the month's review row first (creating it on first use). */
async function writeReview<T>(
  deps: Deps,
  month: string,
  work: (tx: DbOrTx, row: repo.ReviewRow, now: Date) => Promise<T>,
) {
  const now = deps.clock.now();
  assertReviewable(month, now);
  return deps.db.transaction(async (tx) => work(tx, await repo.ensureAndLockReview(tx, month, now), now));
}

const completedConflict = () =>
  new ConflictError(
    'review_completed',
    'This review is complete and its figures are frozen; only corrections can be added.',
  );

/** Starts the half-hour timer. Starting again keeps the first start, so every screen shows the same time. */
export async function startReview(deps: Deps, user: UserPrincipal, month: string): Promise<Review> {
  await writeReview(deps, month, async (tx, row, now) => {
    if (row.status === 'completed') throw completedConflict();
    if (row.timerStartedAt) return;
    await repo.updateReview(tx, month, {
      timerStartedAt: now,
      timerStartedBy: user.userId,
      facilitatorId: user.userId,
    });
    await recordAudit(tx, deps.clock, actorOf(user), {
      action: 'reviews.started',
      target: { type: 'review', id: month },
      after: { timerStartedAt: now.toISOString() },
    });
  });
  return getReview(deps, user, month);
}

export async function addNote(deps: Deps, user: UserPrincipal, month: string, input: NoteInput) {
  const note = await writeReview(deps, month, async (tx, row, now) => {
    const completed = row.status === 'completed';
    if (completed && input.kind === 'note') throw completedConflict();
    if (!completed && input.kind === 'correction') {
      throw new ConflictError(
        'review_open',
        'Corrections are for completed reviews; add a note while the review is open.',
      );
    }
    const kind = completed ? ('correction' as const) : ('note' as const);
    const actor = actorOf(user);
    const findings = await lintAndRecord(tx, deps, {
      text: input.body,
      field: `review.${kind}`,
      sourceId: month,
      actor,
    });
    const inserted = await repo.insertNote(tx, {
      month,
      item: input.item,
      body: input.body,
      findings,
      kind,
      authorId: user.userId,
      at: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      action: completed ? 'reviews.correction_added' : 'reviews.note_added',
      target: { type: 'review', id: month },
      after: { id: inserted.id, item: input.item, body: input.body, findings },
    });
    return inserted;
  });
  return presentNote(note, await repo.userNames(deps.db, [note.authorId]));
}

export async function addAction(deps: Deps, user: UserPrincipal, month: string, input: ActionInput) {
  const action = await writeReview(deps, month, async (tx, row, now) => {
    if (row.status === 'completed') throw completedConflict();
    if (input.assigneeId && !(await repo.activeUserExists(tx, input.assigneeId))) {
      throw new ValidationError('Invalid request: assigneeId', [
        { path: ['assigneeId'], message: 'Pick an active person from the list' },
      ]);
    }
    const actor = actorOf(user);
    const findings = await lintAndRecord(tx, deps, {
      text: input.description,
      field: 'review.action',
      sourceId: month,
      actor,
    });
    const inserted = await repo.insertAction(tx, {
      month,
      item: input.item,
      description: input.description,
      findings,
      assigneeId: input.assigneeId ?? null,
      due: input.due ?? null,
      createdBy: user.userId,
      at: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'reviews.action_added',
      target: { type: 'review', id: month },
      after: {
        id: inserted.id,
        item: input.item,
        description: input.description,
        assigneeId: inserted.assigneeId,
        due: inserted.due,
      },
    });
    return inserted;
  });
  return presentAction(action, await repo.userNames(deps.db, [action.assigneeId, action.createdBy]));
}

/**
 * Completes the review: the agenda is computed and stored as the snapshot in the same transaction
 * that marks it complete, so the frozen figures are exactly those of that moment.
 */
export async function completeReview(deps: Deps, user: UserPrincipal, month: string, input: CompleteInput) {
  await writeReview(deps, month, async (tx, row, now) => {
    if (row.status === 'completed') {
      throw new ConflictError('review_completed', 'This review was already completed; its figures are frozen.');
    }
    const actor = actorOf(user);
    const pressureFindings = await lintAndRecord(tx, deps, {
      text: input.pressureAnswer,
      field: 'review.pressure_answer',
      sourceId: month,
      actor,
    });
    const snapshot = await computeAgenda({ ...deps, db: tx as Db }, month, input.pressureAnswer, {
      inTransaction: true,
    });
    await repo.updateReview(tx, month, {
      status: 'completed',
      pressureAnswer: input.pressureAnswer,
      pressureFindings,
      snapshot,
      completedAt: now,
      completedBy: user.userId,
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'reviews.completed',
      target: { type: 'review', id: month },
      before: { status: 'open' },
      after: { status: 'completed', headline: headlineOf(snapshot), pressureFindings },
    });
  });
  return getReview(deps, user, month);
}

/** Past reviews with their headline numbers, newest first; the current month is always listed. */
export async function listReviews(deps: Deps): Promise<ReviewSummary[]> {
  const rows = await repo.listReviews(deps.db);
  const current = monthOf(deps.clock.now());
  const months = new Map(rows.map((r) => [r.month, r]));
  if (!months.has(current)) months.set(current, undefined as unknown as repo.ReviewRow);
  const names = await repo.userNames(
    deps.db,
    rows.map((r) => r.completedBy),
  );
  const items: ReviewSummary[] = [];
  for (const [month, row] of [...months].sort(([a], [b]) => b.localeCompare(a))) {
    const agenda = await agendaOf(deps, month, row);
    items.push({
      month,
      status: row?.status ?? 'open',
      completedAt: row?.completedAt?.toISOString() ?? null,
      completedBy: row?.completedBy ? { id: row.completedBy, name: names.get(row.completedBy) ?? 'Former user' } : null,
      headline: headlineOf(agenda),
    });
  }
  return items;
}

export async function reviewForExport(deps: Deps, principal: Principal, month: string): Promise<Review> {
  const review = await getReview(deps, principal, month);
  if (review.status !== 'completed') {
    throw new ConflictError('review_open', 'Only a completed review can be exported: its figures are not frozen yet.');
  }
  return review;
}
