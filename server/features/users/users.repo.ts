import { asc, eq, sql } from 'drizzle-orm';
import { announceTokenChange } from '#server/core/token-cache';
import type { DbOrTx } from '#server/db/client';
import { users } from '#server/db/schema/foundation';

export function listUsers(db: DbOrTx) {
  return db.select().from(users).orderBy(asc(users.name));
}

export async function insertUser(db: DbOrTx, row: typeof users.$inferInsert) {
  const [u] = await db.insert(users).values(row).returning();
  if (!u) throw new Error('user insert returned nothing');
  return u;
}

/** Every instance drops its cached tokens at the commit: a token keeps its maker's row (roles, start date). */
export async function updateUser(db: DbOrTx, id: string, patch: Partial<typeof users.$inferInsert>) {
  const [u] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  if (u) await announceTokenChange(db);
  return u;
}

export async function lockUsers(db: DbOrTx) {
  // Role changes are rare; serialising them keeps "exactly one owner" simple to reason about.
  await db.execute(sql`LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE`);
}
