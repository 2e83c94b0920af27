import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { pauseViolations } from '#server/db/schema/firewall';

export type ViolationRow = typeof pauseViolations.$inferSelect;
export type ViolationStatus = ViolationRow['status'];

/** Violations whose send falls in [from, to), with the given status; newest first. */
export function listViolations(db: DbOrTx, f: { from?: Date; to?: Date; status?: ViolationStatus }) {
  const parts: (SQL | undefined)[] = [];
  if (f.from) parts.push(gte(pauseViolations.sentAt, f.from));
  if (f.to) parts.push(lt(pauseViolations.sentAt, f.to));
  if (f.status) parts.push(eq(pauseViolations.status, f.status));
  return db
    .select()
    .from(pauseViolations)
    .where(and(...parts))
    .orderBy(desc(pauseViolations.sentAt), desc(pauseViolations.id));
}

/** The row, locked for the rest of the transaction: two people acting on one violation queue here. */
export async function lockViolation(tx: DbOrTx, id: string): Promise<ViolationRow | undefined> {
  const [row] = await tx.select().from(pauseViolations).where(eq(pauseViolations.id, id)).for('update');
  return row;
}

export async function updateViolation(tx: DbOrTx, id: string, patch: Partial<ViolationRow>): Promise<ViolationRow> {
  const [after] = await tx.update(pauseViolations).set(patch).where(eq(pauseViolations.id, id)).returning();
  if (!after) throw new Error(`pause violation ${id} vanished while locked`);
  return after;
}
