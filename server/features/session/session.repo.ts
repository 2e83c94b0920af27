import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { sessions, signInFailures } from '#server/db/schema/foundation';

export async function insertSession(db: DbOrTx, row: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(row);
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
