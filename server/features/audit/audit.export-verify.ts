import { AuditExportEntry } from '#domain/schemas/audit';
import { entryHash, GENESIS_HASH } from '#server/core/audit-chain';
import type { AuditKey } from '#server/lib/audit-key';

export type ExportVerifyResult =
  | {
      ok: true;
      entries: number;
      firstId: number | null;
      lastId: number | null;
      /** Whether the range starts at the first entry of the log (its link is the genesis hash). */
      fromGenesis: boolean;
      /** How many keyed hashes were checked (0 without the key). */
      keyed: number;
      /** Override attempts shown without their actor: linked and keyed-checked, their hash not recomputed. */
      withheld: number;
    }
  | { ok: false; line: number; id: number | null; message: string };

/**
 * Verifies an NDJSON export on its own (docs/operations.md, "Verifying an export"): every line is
 * an entry whose hash is recomputed from its fields and its `prevHash`, and each entry links to the
 * one on the line before, so an edited, removed, reordered or inserted line is found. With the
 * audit key, each keyed hash is checked too, which a forger who re-hashed the lines cannot redo.
 */
export function verifyExport(lines: Iterable<string>, key: AuditKey | null): ExportVerifyResult {
  let prev: AuditExportEntry | null = null;
  let first: AuditExportEntry | null = null;
  let entries = 0;
  let keyed = 0;
  let withheld = 0;
  let lineNo = 0;
  for (const raw of lines) {
    lineNo++;
    if (raw.trim() === '') continue;
    const fail = (id: number | null, message: string): ExportVerifyResult => ({ ok: false, line: lineNo, id, message });
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return fail(null, `Line ${lineNo} is not JSON.`);
    }
    const shape = AuditExportEntry.safeParse(parsed);
    if (!shape.success)
      return fail(null, `Line ${lineNo} is not an audit entry (${shape.error.issues[0]?.path.join('.') || 'shape'}).`);
    const e = shape.data;
    const fields = {
      at: new Date(e.at),
      actorId: e.actorId,
      actorLabel: e.actor,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      before: e.before,
      after: e.after,
    };
    if (e.withheld && e.action !== 'firewall.override_refused') {
      return fail(e.id, `Entry ${e.id} is marked withheld but is not an override attempt.`);
    }
    if (e.withheld) withheld++;
    else if (Number.isNaN(fields.at.getTime()) || entryHash(e.prevHash, fields) !== e.hash) {
      return fail(e.id, `Entry ${e.id} does not match its hash: it was changed after it was written.`);
    }
    if (prev && (e.id <= prev.id || e.prevHash !== prev.hash)) {
      return fail(
        e.id,
        `Entry ${e.id} does not follow entry ${prev.id}: an entry between them is missing, or the lines were reordered ` +
          '(an export filtered by actor, action or target has such gaps: export a date range to verify the chain).',
      );
    }
    if (!prev && e.id === 1 && e.prevHash !== GENESIS_HASH) {
      return fail(e.id, 'Entry 1 does not start the chain.');
    }
    if (key) {
      if (e.mac !== null) {
        if (!key.verify('entry', e.hash, e.mac)) {
          return fail(
            e.id,
            `Entry ${e.id}'s keyed hash does not match the audit key: the export was re-hashed, or another key wrote it.`,
          );
        }
        keyed++;
      } else if (keyed > 0) {
        return fail(e.id, `Entry ${e.id} carries no keyed hash, though the entries before it do.`);
      }
    }
    first ??= e;
    prev = e;
    entries++;
  }
  return {
    ok: true,
    entries,
    firstId: first?.id ?? null,
    lastId: prev?.id ?? null,
    fromGenesis: first?.prevHash === GENESIS_HASH,
    keyed,
    withheld,
  };
}
