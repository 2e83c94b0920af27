import { z } from 'zod';
import { canonical } from '#domain/canonical';
import type { AuditCheckpoint } from '#domain/schemas/audit';
import type { AuditKey } from '#server/lib/audit-key';

/**
 * The head of the chain as last seen, kept in DATA_DIR outside the database and keyed with the
 * audit key (docs/decisions/002): a log whose newest entries were removed, or whose range up to
 * the head was rewritten, no longer reaches it.
 */
export const CHECKPOINT_FILE = 'audit-checkpoint.json';

const Stored = z.strictObject({
  version: z.literal(1),
  headId: z.number().int().min(0),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
  keyedFrom: z.number().int().min(0),
  at: z.iso.datetime(),
  keyId: z.string(),
  mac: z.string(),
});
export type StoredCheckpoint = z.infer<typeof Stored>;

/** A file that is there but cannot be read as a checkpoint: evidence, never overwritten. */
export type UnreadableCheckpoint = { unreadable: string };
export type CheckpointRead = StoredCheckpoint | UnreadableCheckpoint | null;

export const isUnreadable = (c: CheckpointRead): c is UnreadableCheckpoint => c !== null && 'unreadable' in c;

export type CheckpointFields = Pick<StoredCheckpoint, 'headId' | 'headHash' | 'keyedFrom' | 'at'>;

const body = (c: CheckpointFields & { keyId: string }) =>
  canonical({ version: 1, headId: c.headId, headHash: c.headHash, keyedFrom: c.keyedFrom, at: c.at, keyId: c.keyId });

export function signCheckpoint(fields: CheckpointFields, key: AuditKey): StoredCheckpoint {
  const unsigned = { ...fields, keyId: key.id };
  return { version: 1, ...unsigned, mac: key.sign('checkpoint', body(unsigned)) };
}

export function checkpointSigned(c: StoredCheckpoint, key: AuditKey): boolean {
  return c.keyId === key.id && key.verify('checkpoint', body(c), c.mac);
}

export function publicCheckpoint(c: StoredCheckpoint): AuditCheckpoint {
  return { headId: c.headId, headHash: c.headHash, keyedFrom: c.keyedFrom, at: c.at };
}

/** A checkpoint as stored (`text`, null when there is none yet), read from `where`. */
export function parseCheckpoint(where: string, text: string | null): CheckpointRead {
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return { unreadable: `${where} is not JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  const result = Stored.safeParse(parsed);
  return result.success ? result.data : { unreadable: `${where} is not a checkpoint` };
}
