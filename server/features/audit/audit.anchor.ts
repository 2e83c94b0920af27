import type { AuditCheckpointStatus, AuditVerifyResult } from '#domain/schemas/audit';
import type { AuditAnchor } from '#server/core/audit-context';
import type { DbOrTx } from '#server/db/client';
import {
  type CheckpointRead,
  checkpointSigned,
  isUnreadable,
  parseCheckpoint,
  publicCheckpoint,
} from './audit.checkpoint';
import { verifyChain } from './audit.verify';

/** The chain checked against this instance's key and checkpoint, when it has them. */
export function verifyWithAnchor(db: DbOrTx, anchor: AuditAnchor | undefined): Promise<AuditVerifyResult> {
  return verifyChain(db, { key: anchor?.key ?? null, checkpoint: readFrom(anchor) });
}

export function checkpointStatus(anchor: AuditAnchor | undefined): AuditCheckpointStatus {
  const key = anchor?.key ?? null;
  const read = readFrom(anchor);
  const base = { intervalSeconds: anchor?.checkpointSeconds ?? null, keyed: key !== null };
  if (isUnreadable(read)) return { ...base, checkpoint: null, problem: 'The checkpoint file cannot be read.' };
  if (read && key && !checkpointSigned(read, key)) {
    return { ...base, checkpoint: null, problem: 'The checkpoint file was not written with this audit key.' };
  }
  return { ...base, checkpoint: read ? publicCheckpoint(read) : null, problem: null };
}

function readFrom(anchor: AuditAnchor | undefined): CheckpointRead {
  const source = anchor?.checkpoint ?? null;
  return source ? parseCheckpoint(source.where, source.read()) : null;
}
