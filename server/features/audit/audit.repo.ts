import { and, asc, desc, gt, gte, ilike, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { auditEntries } from '#server/db/schema/foundation';

export type AuditRow = typeof auditEntries.$inferSelect;

export type AuditFilter = {
  actor?: string;
  action?: string;
  target?: string;
  from?: Date;
  to?: Date;
  afterId?: number;
  /** Entries of this action are shown without their actor, so filtering by actor never finds them. */
  withheldAction?: string;
};

function where(f: AuditFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.actor) parts.push(ilike(auditEntries.actorLabel, `%${escapeLike(f.actor)}%`));
  if (f.actor && f.withheldAction) parts.push(ne(auditEntries.action, f.withheldAction));
  if (f.action) parts.push(ilike(auditEntries.action, `${escapeLike(f.action)}%`));
  if (f.target) {
    const pattern = `%${escapeLike(f.target)}%`;
    parts.push(or(ilike(auditEntries.targetType, pattern), ilike(auditEntries.targetId, pattern)));
  }
  if (f.from) parts.push(gte(auditEntries.at, f.from));
  if (f.to) parts.push(lt(auditEntries.at, f.to));
  // Newest first: the cursor is the last id seen, and the next page holds smaller ids.
  if (f.afterId !== undefined) parts.push(lt(auditEntries.id, f.afterId));
  return and(...parts);
}

export function listEntries(db: DbOrTx, f: AuditFilter, limit: number) {
  return db.select().from(auditEntries).where(where(f)).orderBy(desc(auditEntries.id)).limit(limit);
}

export async function countEntries(db: DbOrTx, f: AuditFilter): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEntries)
    .where(where({ ...f, afterId: undefined }));
  return row?.n ?? 0;
}

/** Entries in chain order, a batch at a time, for verification and export. */
export function entriesAfter(db: DbOrTx, afterId: number, batch: number) {
  return db.select().from(auditEntries).where(gt(auditEntries.id, afterId)).orderBy(asc(auditEntries.id)).limit(batch);
}

/** The newest entry's id, 0 for an empty log. */
export async function newestId(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ id: auditEntries.id }).from(auditEntries).orderBy(desc(auditEntries.id)).limit(1);
  return row?.id ?? 0;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** Entries matching a filter in chain order (oldest first), after `afterId`: for exports a verifier reads. */
export function entriesInOrder(db: DbOrTx, f: Omit<AuditFilter, 'afterId'>, afterId: number, limit: number) {
  return db
    .select()
    .from(auditEntries)
    .where(and(where(f), gt(auditEntries.id, afterId)))
    .orderBy(asc(auditEntries.id))
    .limit(limit);
}
