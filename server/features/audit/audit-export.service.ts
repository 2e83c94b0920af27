import type { AuditQuery } from '#domain/schemas/audit';
import type { Actor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { seesAttempters } from '#server/core/patterns-not-people';
import { exportEntryFor } from './audit.export-entry';
import { toFilter } from './audit.filter';
import * as repo from './audit.repo';

/**
 * Exports a verifier can check without the database (docs/operations.md, "Verifying an export"):
 * entries in chain order with their links (`prevHash`), hashes and keyed hashes.
 */

const PAGE = 1000;

/** The filtered log as NDJSON, oldest first, one entry per line, page by page so memory stays flat. */
export async function* auditNdjson(
  db: DbContext,
  actor: Actor,
  q: Omit<AuditQuery, 'limit' | 'cursor'>,
): AsyncGenerator<string> {
  const filter = toFilter(q);
  const asEntry = exportEntryFor(seesAttempters(actor));
  let after = 0;
  for (;;) {
    const rows = await repo.entriesInOrder(db.conn, filter, after, PAGE);
    if (rows.length === 0) return;
    yield rows.map((r) => `${JSON.stringify(asEntry(r))}\n`).join('');
    after = rows[rows.length - 1]?.id ?? after;
    if (rows.length < PAGE) return;
  }
}

/** For collectors that pull (a SIEM): the entries after the last one they have, oldest first. */
export async function auditStream(db: DbContext, actor: Actor, { after, limit }: { after: string; limit: number }) {
  const from = Number(after);
  const rows = await repo.entriesInOrder(db.conn, {}, from, limit);
  return { items: rows.map(exportEntryFor(seesAttempters(actor))), next: rows[rows.length - 1]?.id ?? from };
}
