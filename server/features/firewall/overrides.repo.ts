import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { campaigns, overrideAttempts } from '#server/db/schema/firewall';
import { users } from '#server/db/schema/foundation';
import { segments } from '#server/db/schema/segments';

export async function teamOf(db: DbOrTx, userId: string): Promise<string | null> {
  const [u] = await db.select({ team: users.team }).from(users).where(eq(users.id, userId));
  return u?.team ?? null;
}

export async function findCampaign(db: DbOrTx, id: string) {
  const [c] = await db
    .select({ id: campaigns.id, targetSegment: campaigns.targetSegment })
    .from(campaigns)
    .where(eq(campaigns.id, id));
  return c;
}

export async function segmentExists(db: DbOrTx, key: string): Promise<boolean> {
  const [s] = await db.select({ key: segments.key }).from(segments).where(eq(segments.key, key));
  return s !== undefined;
}

export async function insertAttempt(db: DbOrTx, row: Omit<typeof overrideAttempts.$inferInsert, 'id'>) {
  const [inserted] = await db.insert(overrideAttempts).values(row).returning({ id: overrideAttempts.id });
  if (!inserted) throw new Error('override attempt insert returned nothing');
  return inserted.id;
}

export function listAttempts(db: DbOrTx, from: Date, to: Date) {
  return db
    .select()
    .from(overrideAttempts)
    .where(and(gte(overrideAttempts.at, from), lt(overrideAttempts.at, to)))
    .orderBy(desc(overrideAttempts.at), desc(overrideAttempts.id));
}
