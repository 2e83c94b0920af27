import { asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { reviewActions, reviewNotes, reviews } from '#server/db/schema/reviews';

export type ReviewRow = typeof reviews.$inferSelect;

export async function findReview(db: DbOrTx, month: string): Promise<ReviewRow | undefined> {
  const [row] = await db.select().from(reviews).where(eq(reviews.month, month));
  return row;
}

/**
 * Creates the month's review row if there is none, then locks it: every write to a review
 * (start, note, action, complete) runs behind this lock, so a completion and a late note cannot
 * interleave.
 */
export async function ensureAndLockReview(tx: DbOrTx, month: string, now: Date): Promise<ReviewRow> {
  await tx.insert(reviews).values({ month, status: 'open', createdAt: now }).onConflictDoNothing();
  const [row] = await tx.select().from(reviews).where(eq(reviews.month, month)).for('update');
  if (!row) throw new Error(`review ${month} vanished after insert`);
  return row;
}

export async function updateReview(tx: DbOrTx, month: string, patch: Partial<typeof reviews.$inferInsert>) {
  const [row] = await tx.update(reviews).set(patch).where(eq(reviews.month, month)).returning();
  if (!row) throw new Error(`review ${month} was not updated`);
  return row;
}

export function listReviews(db: DbOrTx) {
  return db.select().from(reviews).orderBy(desc(reviews.month));
}

export async function insertNote(tx: DbOrTx, row: typeof reviewNotes.$inferInsert) {
  const [note] = await tx.insert(reviewNotes).values(row).returning();
  if (!note) throw new Error('note insert returned nothing');
  return note;
}

export async function insertAction(tx: DbOrTx, row: typeof reviewActions.$inferInsert) {
  const [action] = await tx.insert(reviewActions).values(row).returning();
  if (!action) throw new Error('action insert returned nothing');
  return action;
}

export function listNotes(db: DbOrTx, month: string) {
  return db
    .select()
    .from(reviewNotes)
    .where(eq(reviewNotes.month, month))
    .orderBy(asc(reviewNotes.at), asc(reviewNotes.id));
}

export function listActions(db: DbOrTx, month: string) {
  return db
    .select()
    .from(reviewActions)
    .where(eq(reviewActions.month, month))
    .orderBy(asc(reviewActions.at), asc(reviewActions.id));
}
