import { and, desc, gte, lt } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { overrideAttempts } from '#server/db/schema/firewall';

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
