import type { AuditCheckpointStatus, AuditVerifyResult } from '#domain/schemas/audit';
import type { Deps } from '#server/http/env';
import { checkpointSigned, isUnreadable, publicCheckpoint, readCheckpoint } from './audit.checkpoint';
import { verifyChain } from './audit.verify';

/** The chain checked against this instance's key and checkpoint, when it has them. */
export function verifyWithAnchor(deps: Pick<Deps, 'db' | 'audit'>): Promise<AuditVerifyResult> {
  const dataDir = deps.audit?.dataDir ?? null;
  return verifyChain(deps.db, {
    key: deps.audit?.key ?? null,
    checkpoint: dataDir ? readCheckpoint(dataDir) : null,
  });
}

export function checkpointStatus(deps: Pick<Deps, 'audit'>): AuditCheckpointStatus {
  const key = deps.audit?.key ?? null;
  const dataDir = deps.audit?.dataDir ?? null;
  const read = dataDir ? readCheckpoint(dataDir) : null;
  const base = { intervalSeconds: deps.audit?.checkpointSeconds ?? null, keyed: key !== null };
  if (isUnreadable(read)) return { ...base, checkpoint: null, problem: 'The checkpoint file cannot be read.' };
  if (read && key && !checkpointSigned(read, key)) {
    return { ...base, checkpoint: null, problem: 'The checkpoint file was not written with this audit key.' };
  }
  return { ...base, checkpoint: read ? publicCheckpoint(read) : null, problem: null };
}
