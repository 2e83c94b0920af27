import type { AuditExportEntry } from '#domain/schemas/audit';
import { OVERRIDE_REFUSED, WITHHELD, withheldAttemptRecord } from '#server/core/patterns-not-people';
import type * as repo from './audit.repo';

/** One entry with what a verifier needs: its link, its hash and its keyed hash. */
export function toExportEntry(row: repo.AuditRow): AuditExportEntry {
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
    mac: row.mac,
  };
}

/**
 * Entries as a reader may see them: to everyone but the owner an override attempt shows no actor
 * (patterns, not people: docs/rules.md). Such an entry keeps its link, hash and keyed hash and is
 * marked `withheld`, so a verifier checks the chain through it without recomputing its hash.
 */
export const exportEntryFor =
  (seesAttempters: boolean) =>
  (row: repo.AuditRow): AuditExportEntry => {
    const entry = toExportEntry(row);
    if (seesAttempters || row.action !== OVERRIDE_REFUSED) return entry;
    return { ...entry, actorId: null, actor: WITHHELD, after: withheldAttemptRecord(entry.after), withheld: true };
  };
