import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { apiTokens, sessions, signInFailures, users } from '#server/db/schema/foundation';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: DbOrTx, email: string): Promise<UserRow | undefined> {
  const [u] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return u;
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [u] = await db.select().from(users).where(eq(users.id, id));
  return u;
}

export async function insertSession(db: DbOrTx, row: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(row);
}

/** The live session with its user, or nothing when it ended, expired or the user is inactive. */
export async function findLiveSession(db: DbOrTx, id: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), isNull(sessions.endedAt), gt(sessions.expiresAt, now), eq(users.active, true)));
  return row;
}

export async function endSession(db: DbOrTx, id: string, now: Date) {
  await db
    .update(sessions)
    .set({ endedAt: now })
    .where(and(eq(sessions.id, id), isNull(sessions.endedAt)));
}

export async function endSessionsOfUser(db: DbOrTx, userId: string, now: Date) {
  await db
    .update(sessions)
    .set({ endedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)));
}

export async function recordFailure(db: DbOrTx, email: string, at: Date) {
  await db.insert(signInFailures).values({ email: email.toLowerCase(), at });
}

export async function failuresSince(db: DbOrTx, email: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(signInFailures)
    .where(and(eq(sql`lower(${signInFailures.email})`, email.toLowerCase()), gt(signInFailures.at, since)));
  return row?.n ?? 0;
}

export async function findLiveToken(db: DbOrTx, tokenHash: string) {
  const [t] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return t;
}

export async function touchToken(db: DbOrTx, id: string, at: Date) {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}
