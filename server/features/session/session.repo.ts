import { and, count, eq, gt, isNull, lt, max, or, type SQL, sql } from 'drizzle-orm';
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

export type Attempt = { email: string; client: string | null; device: string | null };

export async function recordFailure(db: DbOrTx, a: Attempt, at: Date) {
  await db.insert(signInFailures).values({ email: a.email.toLowerCase(), client: a.client, device: a.device, at });
}

const byEmail = (email: string) => eq(sql`lower(${signInFailures.email})`, email.toLowerCase());

/** The three buckets of docs/operations.md, "Sign-in throttling": failures in memory and the last one's time. */
export async function failureStats(db: DbOrTx, a: Attempt, since: Date) {
  const stats = async (where: SQL | undefined) => {
    const [row] = await db
      .select({ n: count(), last: max(signInFailures.at) })
      .from(signInFailures)
      .where(and(where, gt(signInFailures.at, since)));
    return { n: row?.n ?? 0, last: row?.last ?? null };
  };
  if (a.device) return { device: await stats(and(eq(signInFailures.device, a.device), byEmail(a.email))) };
  return {
    account: await stats(and(byEmail(a.email), isNull(signInFailures.device))),
    client: a.client ? await stats(and(eq(signInFailures.client, a.client), isNull(signInFailures.device))) : null,
  };
}

/** After a success: this browser's (or this address's) failures for the account are forgotten. */
export async function clearFailures(db: DbOrTx, a: Attempt) {
  const from = [
    a.client ? eq(signInFailures.client, a.client) : undefined,
    a.device ? eq(signInFailures.device, a.device) : undefined,
  ];
  if (!from.some(Boolean)) return;
  await db.delete(signInFailures).where(and(byEmail(a.email), or(...from)));
}

export async function forgetFailuresBefore(db: DbOrTx, before: Date) {
  await db.delete(signInFailures).where(lt(signInFailures.at, before));
}
