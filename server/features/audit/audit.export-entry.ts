import type { AuditExportEntry } from '#domain/schemas/audit';
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
