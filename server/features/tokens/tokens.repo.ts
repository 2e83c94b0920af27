import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { apiTokens, users } from '#server/db/schema/foundation';

export function listTokens(db: DbOrTx) {
  return db
    .select({ token: apiTokens, createdBy: users.email })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.createdBy))
    .orderBy(desc(apiTokens.createdAt));
}

export async function insertToken(db: DbOrTx, row: typeof apiTokens.$inferInsert) {
  const [t] = await db.insert(apiTokens).values(row).returning();
  if (!t) throw new Error('token insert returned nothing');
  return t;
}

export async function findToken(db: DbOrTx, id: string) {
  const [t] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return t;
}

export async function revokeToken(db: DbOrTx, id: string, at: Date) {
  await db.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id));
}

/** Revokes every live token `userId` created; returns the ones revoked. */
export function revokeTokensCreatedBy(db: DbOrTx, userId: string, at: Date) {
  return db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.createdBy, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, name: apiTokens.name, scopes: apiTokens.scopes });
}
