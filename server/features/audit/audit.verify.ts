import type { AuditProblem, AuditVerifyResult } from '#domain/schemas/audit';
import { entryHash, GENESIS_HASH } from '#server/core/audit-chain';
import type { DbOrTx } from '#server/db/client';
import type { AuditKey } from '#server/lib/audit-key';
import {
  type CheckpointRead,
  checkpointSigned,
  isUnreadable,
  publicCheckpoint,
  type StoredCheckpoint,
} from './audit.checkpoint';
import * as repo from './audit.repo';

/** Where a walk stands: the last entry that held (id 0 and the genesis hash before the first). */
export type ChainPosition = { id: number; hash: string };
export type Finding = { problem: AuditProblem; firstBrokenId: number | null; message: string };
export type Walk = { last: ChainPosition; entries: number; firstKeyedId: number | null; finding?: Finding };

const BATCH = 5000;
export const START: ChainPosition = { id: 0, hash: GENESIS_HASH };

/**
 * Walks the entries after `from` in id order, checking each link, each hash and, with the key,
 * each keyed hash: an entry from `keyedFrom` on (or after the first keyed one) must carry one.
 * Stops at the first entry that does not hold; `check` adds tests of its own per entry.
 */
export async function walkChain(
  db: DbOrTx,
  from: ChainPosition,
  key: AuditKey | null,
  keyedFrom: number,
  check?: (row: repo.AuditRow) => Finding | null,
): Promise<Walk> {
  const walk: Walk = { last: from, entries: 0, firstKeyedId: null };
  for (;;) {
    const batch = await repo.entriesAfter(db, walk.last.id, BATCH);
    for (const row of batch) {
      const finding = entryFinding(row, walk, key, keyedFrom) ?? check?.(row) ?? null;
      if (finding) return { ...walk, finding };
      if (row.mac !== null) walk.firstKeyedId ??= row.id;
      walk.last = { id: row.id, hash: row.hash };
      walk.entries++;
    }
    if (batch.length < BATCH) return walk;
  }
}

function entryFinding(row: repo.AuditRow, walk: Walk, key: AuditKey | null, keyedFrom: number): Finding | null {
  const prev = walk.last.hash;
  if (row.prevHash !== prev || entryHash(prev, row) !== row.hash) {
    return {
      problem: 'altered',
      firstBrokenId: row.id,
      message: `Entry ${row.id} does not match its recorded hash: it, or its link to the entry before it, was changed outside Charter.`,
    };
  }
  if (!key) return null;
  if (row.mac === null) {
    const since = walk.firstKeyedId ?? (row.id >= keyedFrom ? keyedFrom : null);
    if (since === null) return null; // written before entries were keyed
    return {
      problem: 'unkeyed',
      firstBrokenId: row.id,
      message: `Entry ${row.id} carries no keyed hash, though every entry from ${since} on must: it was written or rewritten outside Charter.`,
    };
  }
  if (!key.verify('entry', row.hash, row.mac)) {
    return {
      problem: 'rehashed',
      firstBrokenId: row.id,
      message: `Entry ${row.id}'s keyed hash does not match the audit key: the log was rewritten and re-hashed from there on outside Charter (or an instance with another audit key wrote it).`,
    };
  }
  return null;
}

/**
 * Checks a stored checkpoint against the entry it names as a walk passes it: the entry must be
 * there, with the hash recorded. Entries appended after a cut would otherwise hide the cut.
 */
export function headCheck(c: StoredCheckpoint) {
  let seen = c.headId === 0;
  return (row: repo.AuditRow): Finding | null => {
    if (row.id === c.headId) {
      seen = true;
      if (row.hash === c.headHash) return null;
      return {
        problem: 'diverged',
        firstBrokenId: row.id,
        message: `Entry ${row.id} is not the entry the checkpoint of ${c.at} recorded: the log was rewritten up to there.`,
      };
    }
    if (seen || row.id < c.headId) return null;
    return {
      problem: 'truncated',
      firstBrokenId: row.id,
      message: `Entry ${c.headId}, the newest when the checkpoint of ${c.at} was written, is gone and entry ${row.id} follows in its place: entries were removed from the end, and new ones added since.`,
    };
  };
}

/** After a walk that held: the checkpoint's head must have been passed. */
export function headReached(c: StoredCheckpoint, walk: Walk): Finding | null {
  if (c.headId === 0 || walk.last.id >= c.headId) return null;
  return {
    problem: 'truncated',
    firstBrokenId: null,
    message:
      walk.last.id === 0
        ? `The log is empty, but the checkpoint of ${c.at} recorded entry ${c.headId} as its newest: every entry was removed.`
        : `The log ends at entry ${walk.last.id}, but the checkpoint of ${c.at} recorded entry ${c.headId} as its newest: entries were removed from the end.`,
  };
}

/**
 * The whole chain from the first entry, against the key and the checkpoint when there are
 * any: reports the first entry that does not hold, a log shorter than its checkpoint, or a
 * checkpoint that the key did not sign.
 */
export async function verifyChain(
  db: DbOrTx,
  anchor: { key?: AuditKey | null; checkpoint?: CheckpointRead } = {},
): Promise<AuditVerifyResult> {
  const key = anchor.key ?? null;
  const read = anchor.checkpoint ?? null;
  const stored = read && !isUnreadable(read) ? read : null;
  const checkpoint = stored ? publicCheckpoint(stored) : null;
  const fail = (f: Finding): AuditVerifyResult => ({ ok: false, ...f, checkpoint });
  if (isUnreadable(read)) {
    return fail({
      problem: 'checkpoint_invalid',
      firstBrokenId: null,
      message: `The checkpoint cannot be read: ${read.unreadable}.`,
    });
  }
  if (stored && key && !checkpointSigned(stored, key)) {
    return fail({
      problem: 'checkpoint_invalid',
      firstBrokenId: null,
      message: 'The checkpoint does not carry a valid keyed hash: it was edited, or written with another audit key.',
    });
  }
  const walk = await walkChain(
    db,
    START,
    key,
    stored?.keyedFrom ?? Number.POSITIVE_INFINITY,
    stored ? headCheck(stored) : undefined,
  );
  const finding = walk.finding ?? (stored ? headReached(stored, walk) : null);
  if (finding) return fail(finding);
  return { ok: true, entries: walk.entries, keyed: key !== null, checkpoint };
}
