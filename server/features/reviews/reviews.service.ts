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
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { emitEvent } from '#server/core/events';
import { lintAndRecord } from '#server/core/lint-and-record';
import { activeUserExists, userNames } from '#server/core/users.read';
import { ConflictError, invalidField } from '#server/lib/errors';
import { computeAgenda } from './agenda';
import { withoutNames } from './pressure';
import { headlineOf, peopleIn, presentAction, presentNote, presentReview } from './reviews.present';
import * as repo from './reviews.repo';

/** Reviews look back: a month that has not begun has nothing to review. */
function assertReviewable(month: string, now: Date) {
  if (isFutureMonth(month, now)) {
    throw invalidField('month', `${month} has not started yet; a review covers the current or a past month`);
  }
}

/** Names in the pressure item are for the owner only: patterns, not people. */
const seesNames = (actor: Actor) => actor.kind === 'user' && actor.roles.includes('owner');

/** A completed review is served from its snapshot: later data never changes it. */
async function agendaOf(db: DbContext, month: string, row: repo.ReviewRow | undefined): Promise<ReviewAgenda> {
  // Parsed through the contract: jsonb keeps its own key order, the agenda has a fixed one.
  if (row?.status === 'completed' && row.snapshot) return ReviewAgenda.parse(row.snapshot);
  return computeAgenda(db, { month, answer: row?.pressureAnswer ?? null });
}

export async function getReview(db: DbContext, actor: Actor, { month }: { month: string }): Promise<Review> {
  assertReviewable(month, db.clock.now());
  const row = await repo.findReview(db.conn, month);
  const [agenda, notes, actions] = await Promise.all([
    agendaOf(db, month, row),
    repo.listNotes(db.conn, month),
    repo.listActions(db.conn, month),
  ]);
  const names = await userNames(db.conn, peopleIn(row, notes, actions));
  return presentReview(month, row, seesNames(actor) ? agenda : withoutNames(agenda), notes, actions, names);
}

/** Every write locks the month's review row first (creating it on first use). */
async function writeReview<T>(
  db: DbContext,
  month: string,
  work: (tx: DbContext, row: repo.ReviewRow, now: Date) => Promise<T>,
) {
  const now = db.clock.now();
  assertReviewable(month, now);
  return transaction(db, async (tx) => work(tx, await repo.ensureAndLockReview(tx.conn, month, now), now));
}

const completedConflict = () =>
  new ConflictError(
    'review_completed',
    'This review is complete and its figures are frozen; only corrections can be added.',
  );

/** Starts the half-hour timer. Starting again keeps the first start, so every screen shows the same time. */
export async function startReview(db: DbContext, actor: UserActor, { month }: { month: string }): Promise<Review> {
  await writeReview(db, month, async (tx, row, now) => {
    if (row.status === 'completed') throw completedConflict();
    if (row.timerStartedAt) return;
    await repo.updateReview(tx.conn, month, {
      timerStartedAt: now,
      timerStartedBy: actor.id,
      facilitatorId: actor.id,
    });
    await recordAudit(tx, actor, {
      action: 'reviews.started',
      target: { type: 'review', id: month },
      after: { timerStartedAt: now.toISOString() },
    });
  });
  return getReview(db, actor, { month });
}

export async function addNote(db: DbContext, actor: UserActor, { month, ...input }: NoteInput & { month: string }) {
  const note = await writeReview(db, month, async (tx, row, now) => {
    const completed = row.status === 'completed';
    if (completed && input.kind === 'note') throw completedConflict();
    if (!completed && input.kind === 'correction') {
      throw new ConflictError(
        'review_open',
        'Corrections are for completed reviews; add a note while the review is open.',
      );
    }
    const kind = completed ? ('correction' as const) : ('note' as const);
    const findings = await lintAndRecord(tx, actor, { text: input.body, field: `review.${kind}`, sourceId: month });
    const inserted = await repo.insertNote(tx.conn, {
      month,
      item: input.item,
      body: input.body,
      findings,
      kind,
      authorId: actor.id,
      at: now,
    });
    await recordAudit(tx, actor, {
      action: completed ? 'reviews.correction_added' : 'reviews.note_added',
      target: { type: 'review', id: month },
      after: { id: inserted.id, item: input.item, body: input.body, findings },
    });
    return inserted;
  });
  return presentNote(note, await userNames(db.conn, [note.authorId]));
}

export async function addAction(db: DbContext, actor: UserActor, { month, ...input }: ActionInput & { month: string }) {
  const action = await writeReview(db, month, async (tx, row, now) => {
    if (row.status === 'completed') throw completedConflict();
    if (input.assigneeId && !(await activeUserExists(tx.conn, input.assigneeId))) {
      throw invalidField('assigneeId', 'Pick an active person from the list');
    }
    const findings = await lintAndRecord(tx, actor, {
      text: input.description,
      field: 'review.action',
      sourceId: month,
    });
    const inserted = await repo.insertAction(tx.conn, {
      month,
      item: input.item,
      description: input.description,
      findings,
      assigneeId: input.assigneeId ?? null,
      due: input.due ?? null,
      createdBy: actor.id,
      at: now,
    });
    await recordAudit(tx, actor, {
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
  return presentAction(action, await userNames(db.conn, [action.assigneeId, action.createdBy]));
}

/**
 * Completes the review: the agenda is computed and stored as the snapshot in the same transaction
 * that marks it complete, so the frozen figures are exactly those of that moment.
 */
export async function completeReview(
  db: DbContext,
  actor: UserActor,
  { month, ...input }: CompleteInput & { month: string },
) {
  await writeReview(db, month, async (tx, row, now) => {
    if (row.status === 'completed') {
      throw new ConflictError('review_completed', 'This review was already completed; its figures are frozen.');
    }
    const pressureFindings = await lintAndRecord(tx, actor, {
      text: input.pressureAnswer,
      field: 'review.pressure_answer',
      sourceId: month,
    });
    const snapshot = await computeAgenda(tx, { month, answer: input.pressureAnswer });
    await repo.updateReview(tx.conn, month, {
      status: 'completed',
      pressureAnswer: input.pressureAnswer,
      pressureFindings,
      snapshot,
      completedAt: now,
      completedBy: actor.id,
    });
    await recordAudit(tx, actor, {
      action: 'reviews.completed',
      target: { type: 'review', id: month },
      before: { status: 'open' },
      after: { status: 'completed', headline: headlineOf(snapshot), pressureFindings },
    });
    await emitEvent(tx, {
      kind: 'review.completed',
      path: `/review/${month}`,
      data: { month, completedBy: actor.email, pauseViolations: snapshot.pauseViolations.count },
    });
  });
  return getReview(db, actor, { month });
}

/** Past reviews with their headline numbers, newest first; the current month is always listed. */
export async function listReviews(db: DbContext, _actor: Actor): Promise<ReviewSummary[]> {
  const rows = await repo.listReviews(db.conn);
  const current = monthOf(db.clock.now());
  const months = new Map<string, repo.ReviewRow | undefined>(rows.map((r) => [r.month, r]));
  if (!months.has(current)) months.set(current, undefined);
  const names = await userNames(
    db.conn,
    rows.map((r) => r.completedBy),
  );
  const items: ReviewSummary[] = [];
  for (const [month, row] of [...months].sort(([a], [b]) => b.localeCompare(a))) {
    const agenda = await agendaOf(db, month, row);
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

export async function reviewForExport(db: DbContext, actor: Actor, { month }: { month: string }): Promise<Review> {
  const review = await getReview(db, actor, { month });
  if (review.status !== 'completed') {
    throw new ConflictError('review_open', 'Only a completed review can be exported: its figures are not frozen yet.');
  }
  return review;
}
