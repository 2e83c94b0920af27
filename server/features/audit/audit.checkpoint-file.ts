import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckpointSource } from '#server/core/audit-context';
import {
  CHECKPOINT_FILE,
  type CheckpointRead,
  isUnreadable,
  parseCheckpoint,
  type StoredCheckpoint,
} from './audit.checkpoint';

/** The checkpoint's file in DATA_DIR (docs/decisions/002), where the Node server keeps it. */
export function checkpointPath(dataDir: string): string {
  return path.join(dataDir, CHECKPOINT_FILE);
}

/** The checkpoint file as createApp reads it (`AuditAnchor.checkpoint`). */
export function checkpointFile(dataDir: string): CheckpointSource {
  const file = checkpointPath(dataDir);
  return { where: file, read: () => (existsSync(file) ? readFileSync(file, 'utf8') : null) };
}

export function readCheckpoint(dataDir: string): CheckpointRead {
  const source = checkpointFile(dataDir);
  return parseCheckpoint(source.where, source.read());
}

/**
 * Writes atomically (a reader sees the old file or the new, never half of one) and only forward:
 * instances sharing one DATA_DIR never move the checkpoint back to an older head.
 */
export function writeCheckpoint(dataDir: string, c: StoredCheckpoint): boolean {
  const existing = readCheckpoint(dataDir);
  if (existing && !isUnreadable(existing) && existing.headId > c.headId) return false;
  const file = checkpointPath(dataDir);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(c, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
  return true;
}
