import { desc, sql } from 'drizzle-orm';
import { sanitizeJson, sanitizeText } from '#domain/schemas/strings';
import { auditEntries } from '#server/db/schema/foundation';
import type { ActorRef } from './actor';
import { entryHash, GENESIS_HASH } from './audit-chain';
import { assertInTransaction, type DbContext } from './db';

// Any constant shared by every instance: serialises writers so the chain stays linear.
const AUDIT_CHAIN_LOCK = 7_320_114;

export type AuditEvent = {
  action: string;
  target: { type: string; id?: string | null };
  before?: unknown;
  after?: unknown;
};

/**
 * Appends one entry to the hash chain, inside the transaction that makes the change, so the change
 * and its record commit or roll back together (docs/rules.md, "Audit"). With the audit key at hand
 * (in the context the app, the worker and the tools open, `audit-context.ts`), the entry also carries a
 * keyed hash (docs/decisions/002). Text that PostgreSQL cannot store (a refused request's path or
 * body may hold a NUL) is recorded sanitised rather than lost, before it is hashed and keyed, so the
 * chain covers exactly what is stored (docs/api.md, "Limits").
 */
export async function recordAudit(tx: DbContext, actor: ActorRef, event: AuditEvent) {
  assertInTransaction(tx, 'An audit entry');
  await tx.conn.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.conn
    .select({ hash: auditEntries.hash })
    .from(auditEntries)
    .orderBy(desc(auditEntries.id))
    .limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  const fields = {
    at: tx.clock.now(),
    actorId: actor.id,
    actorLabel: sanitizeText(actor.label),
    action: event.action,
    targetType: event.target.type,
    targetId: event.target.id == null ? null : sanitizeText(event.target.id),
    before: sanitizeJson(event.before ?? null),
    after: sanitizeJson(event.after ?? null),
  };
  const hash = entryHash(prevHash, fields);
  const context = tx.audit;
  const [inserted] = await tx.conn
    .insert(auditEntries)
    .values({ ...fields, prevHash, hash, mac: context?.key?.sign('entry', hash) ?? null })
    .returning();
  if (!inserted) throw new Error('audit insert returned nothing');
  context?.onAppend?.();
  return inserted;
}
