import type { SegmentReviewState } from '#domain/schemas/segment-reviews';
import { nextReviewDue } from '#domain/segments/review-cadence';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { lintAndRecord } from '#server/core/lint-and-record';
import { ConflictError, NotFoundError } from '#server/lib/errors';
import { reviewStateOf } from './segment-reviews.present';
import * as reviews from './segment-reviews.repo';
import * as repo from './segments.repo';

/**
 * Segment review cadence (docs/rules.md, "Segment review cadence"): every active segment is due
 * for review a quarter (time-relative rules) or a year after its current version's approval or its
 * last review, whichever is later; the owner marks it reviewed with a note, which sets the next date.
 */

const today = (db: DbContext) => db.clock.now().toISOString().slice(0, 10);

/** Every segment's review state, by key, as of the clock's today. */
export async function reviewStates(db: DbContext, _actor: Actor): Promise<Map<string, SegmentReviewState | null>> {
  const [current, latest] = await Promise.all([repo.listCurrent(db.conn), reviews.latestReviews(db.conn)]);
  const day = today(db);
  return new Map(current.map(({ version: v }) => [v.segmentKey, reviewStateOf(v, latest.get(v.segmentKey), day)]));
}

/** The owner marks a segment reviewed: the note is linted and kept, the next date set, all audited. */
export async function markReviewed(
  db: DbContext,
  actor: UserActor,
  { key, note }: { key: string; note: string },
): Promise<SegmentReviewState> {
  return transaction(db, async (tx) => {
    const segment = await repo.lockSegment(tx.conn, key);
    if (!segment) throw new NotFoundError(`Segment ${key}`);
    if (segment.status === 'retired') {
      throw new ConflictError('segment_retired', `${key} is retired: a retired segment needs no review.`);
    }
    const row = await repo.findVersion(tx.conn, key, segment.currentVersion);
    if (!row) throw new Error(`segment ${key} has no version ${segment.currentVersion}`);
    const now = tx.clock.now();
    const before = reviewStateOf(row.version, (await reviews.latestReviews(tx.conn)).get(key), today(tx));
    const nextDue = nextReviewDue(row.version.criteria, row.version.approvedAt, now);
    const noteFindings = await lintAndRecord(tx, actor, { text: note, field: 'segment.review', sourceId: key });
    await reviews.insertReview(tx.conn, {
      segmentKey: key,
      version: segment.currentVersion,
      note,
      noteFindings,
      reviewedBy: actor.id,
      reviewedAt: now,
      nextDue,
    });
    await recordAudit(tx, actor, {
      action: 'segments.reviewed',
      target: { type: 'segment', id: key },
      before: { dueOn: before?.dueOn ?? null, state: before?.state ?? null },
      after: { version: segment.currentVersion, note, nextDue },
    });
    const after = reviewStateOf(row.version, (await reviews.latestReviews(tx.conn)).get(key), today(tx));
    if (!after) throw new Error('an active segment has a review state');
    return after;
  });
}

/** A segment's reviews, newest first. */
export async function listReviews(db: DbContext, _actor: Actor, { key }: { key: string }) {
  if (!(await repo.findSegment(db.conn, key))) throw new NotFoundError(`Segment ${key}`);
  return (await reviews.reviewsOf(db.conn, key)).map(({ review: r, reviewedBy }) => ({
    version: r.version,
    note: r.note,
    noteFindings: r.noteFindings,
    reviewedBy,
    reviewedAt: r.reviewedAt.toISOString(),
    nextDue: r.nextDue,
  }));
}
