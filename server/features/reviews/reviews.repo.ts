import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { users } from '#server/db/schema/foundation';
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

export async function userNames(db: DbOrTx, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function activeUserExists(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true)));
  return !!row;
}

/** Override attempts name their actor by email (or token); the review shows people's names. */
export async function namesByEmail(db: DbOrTx, labels: string[]): Promise<Map<string, string>> {
  const emails = [...new Set(labels.filter((l) => l.includes('@')).map((l) => l.toLowerCase()))];
  if (emails.length === 0) return new Map();
  const rows = await db
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, emails));
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.name]));
}
