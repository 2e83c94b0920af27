import type { AuditEntry, AuditQuery } from '#domain/schemas/audit';
import type { Actor } from '#server/core/actor';
import type { AuditAnchor } from '#server/core/audit-context';
import type { DbContext } from '#server/core/db';
import { OVERRIDE_REFUSED, seesAttempters, WITHHELD, withheldAttemptRecord } from '#server/core/patterns-not-people';
import { checkpointStatus, verifyWithAnchor } from './audit.anchor';
import { toFilter } from './audit.filter';
import * as repo from './audit.repo';

/**
 * Reading the audit log. Entries are written by every feature through core/audit.ts, inside the
 * transaction of the change they record; `audit.verify.ts` walks the chain, which
 * `npm run audit:verify` and a restore do with no app and no caller.
 */

/**
 * The whole chain checked against this instance's audit key and the checkpoint it keeps outside
 * the database, when it has them (docs/decisions/002).
 */
export const verifyAudit = (db: DbContext, _actor: Actor, anchor: AuditAnchor | undefined) =>
  verifyWithAnchor(db.conn, anchor);

/** The last checkpoint of the chain's head, read from DATA_DIR; the database is not asked. */
// biome-ignore lint/correctness/noUnusedFunctionParameters: every service takes (db, actor, input) (docs/architecture.md)
export const getAuditCheckpoint = async (db: DbContext, _actor: Actor, anchor: AuditAnchor | undefined) =>
  checkpointStatus(anchor);

/**
 * A page of the log. To everyone but the owner, refused overrides show no actor (and are never
 * found by filtering on one): patterns, not people (docs/rules.md).
 */
export async function listAudit(db: DbContext, actor: Actor, q: AuditQuery) {
  const owner = seesAttempters(actor);
  const filter = { ...toFilter(q), withheldAction: owner ? undefined : OVERRIDE_REFUSED };
  const rows = await repo.listEntries(db.conn, filter, q.limit + 1);
  const page = rows.slice(0, q.limit);
  const total = q.cursor ? undefined : await repo.countEntries(db.conn, filter);
  return {
    items: page.map((row) => (owner || row.action !== OVERRIDE_REFUSED ? toEntry(row) : withheldEntry(row))),
    nextCursor: rows.length > q.limit ? String(page[page.length - 1]?.id) : undefined,
    total,
  };
}

function toEntry(row: repo.AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actor: row.actorLabel,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    before: row.before ?? null,
    after: row.after ?? null,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

function withheldEntry(row: repo.AuditRow): AuditEntry {
  return { ...toEntry(row), actorId: null, actor: WITHHELD, after: withheldAttemptRecord(row.after ?? null) };
}

// prevHash and hash let a reader check each row's link (docs/operations.md, "Verifying an export").
const CSV_COLUMNS = [
  'id',
  'at',
  'actorId',
  'actor',
  'action',
  'targetType',
  'targetId',
  'before',
  'after',
  'prevHash',
  'hash',
] as const;

/** The filtered log as CSV, newest first, produced page by page so memory stays flat. */
export async function* auditCsv(
  db: DbContext,
  actor: Actor,
  q: Omit<AuditQuery, 'limit' | 'cursor'>,
): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.join(',')}\n`;
  let cursor: string | undefined;
  do {
    const page = await listAudit(db, actor, { ...q, limit: 500, cursor: cursor ?? undefined });
    yield page.items.map(csvRow).join('');
    cursor = page.nextCursor;
  } while (cursor);
}

function csvRow(e: AuditEntry): string {
  const cells = CSV_COLUMNS.map((c) => {
    const v = e[c];
    return csvCell(v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  });
  return `${cells.join(',')}\n`;
}

// Quotes where needed, and defuses cells a spreadsheet would run as formulas.
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
