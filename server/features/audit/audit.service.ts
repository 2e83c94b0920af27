import type { AuditEntry, AuditQuery, AuditVerifyResult } from '#domain/schemas/audit';
import { sanitizeJson, sanitizeText } from '#domain/schemas/strings';
import type { DbOrTx } from '#server/db/client';
import type { Clock } from '#server/lib/clock';
import { entryHash, GENESIS_HASH } from './audit.chain';
import * as repo from './audit.repo';

/** Who did something: a user, a machine token, or nobody signed in. */
export type Actor = { id: string | null; label: string };

export type AuditEvent = {
  action: string;
  target: { type: string; id?: string | null };
  before?: unknown;
  after?: unknown;
};

/**
 * Appends one entry to the hash chain. Call it inside the transaction that makes the change,
 * so the change and its record commit or roll back together. Text that PostgreSQL cannot store (a
 * refused request's path or body may hold a NUL) is recorded sanitised rather than lost.
 */
export async function recordAudit(tx: DbOrTx, clock: Clock, actor: Actor, event: AuditEvent) {
  const prevHash = (await repo.lockChainAndReadHead(tx)) ?? GENESIS_HASH;
  const fields = {
    at: clock.now(),
    actorId: actor.id,
    actorLabel: sanitizeText(actor.label),
    action: event.action,
    targetType: event.target.type,
    targetId: event.target.id == null ? null : sanitizeText(event.target.id),
    before: sanitizeJson(event.before ?? null),
    after: sanitizeJson(event.after ?? null),
  };
  return repo.insertEntry(tx, { ...fields, prevHash, hash: entryHash(prevHash, fields) });
}

const VERIFY_BATCH = 5000;

/** Walks the chain from the start; the first entry whose links or hash don't hold is reported. */
export async function verifyChain(db: DbOrTx): Promise<AuditVerifyResult> {
  let prev = GENESIS_HASH;
  let lastId = 0;
  let count = 0;
  for (;;) {
    const batch = await repo.entriesAfter(db, lastId, VERIFY_BATCH);
    for (const row of batch) {
      if (row.prevHash !== prev || entryHash(prev, row) !== row.hash) {
        return { ok: false, firstBrokenId: row.id };
      }
      prev = row.hash;
      lastId = row.id;
      count++;
    }
    if (batch.length < VERIFY_BATCH) return { ok: true, entries: count };
  }
}

export function toFilter(q: Omit<AuditQuery, 'limit'>): repo.AuditFilter {
  const DAY = 86_400_000;
  return {
    actor: q.actor,
    action: q.action,
    target: q.target,
    from: q.from ? new Date(`${q.from}T00:00:00Z`) : undefined,
    // `to` is inclusive of the whole day.
    to: q.to ? new Date(new Date(`${q.to}T00:00:00Z`).getTime() + DAY) : undefined,
    afterId: q.cursor ? Number(q.cursor) : undefined,
  };
}

export async function listAudit(db: DbOrTx, q: AuditQuery) {
  const filter = toFilter(q);
  const rows = await repo.listEntries(db, filter, q.limit + 1);
  const page = rows.slice(0, q.limit);
  const total = q.cursor ? undefined : await repo.countEntries(db, filter);
  return {
    items: page.map(toEntry),
    nextCursor: rows.length > q.limit ? String(page[page.length - 1]?.id) : undefined,
    total,
  };
}

export function toEntry(row: repo.AuditRow): AuditEntry {
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
    hash: row.hash,
  };
}

const CSV_COLUMNS = ['id', 'at', 'actor', 'action', 'targetType', 'targetId', 'before', 'after', 'hash'] as const;

/** The filtered log as CSV, newest first, produced page by page so memory stays flat. */
export async function* auditCsv(db: DbOrTx, q: Omit<AuditQuery, 'limit' | 'cursor'>): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.join(',')}\n`;
  let cursor: string | undefined;
  do {
    const page = await listAudit(db, { ...q, limit: 500, cursor: cursor ?? undefined });
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
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
