import type { DbOrTx } from '#server/db/client';
import type { AuditKey } from '#server/lib/audit-key';
import type { Clock } from '#server/lib/clock';
import { describeError } from '#server/lib/describe-error';
import { checkpointSigned, isUnreadable, type StoredCheckpoint, signCheckpoint } from './audit.checkpoint';
import { readCheckpoint, writeCheckpoint } from './audit.checkpoint-file';
import * as repo from './audit.repo';
import { headCheck, headReached, START, walkChain } from './audit.verify';

export type Advance = { checkpoint: StoredCheckpoint | null; written: boolean; problem?: string };

/**
 * Moves the checkpoint forward to the newest entry, checking only what was appended since the
 * last one (the first checkpoint checks the whole chain). It never vouches for what does not
 * hold: at a problem it stops there, and a checkpoint the log no longer reaches is left as the
 * evidence `verify` reports.
 */
export async function advanceCheckpoint(db: DbOrTx, key: AuditKey, dataDir: string, clock: Clock): Promise<Advance> {
  const current = readCheckpoint(dataDir);
  if (isUnreadable(current)) return { checkpoint: null, written: false, problem: current.unreadable };
  if (current && !checkpointSigned(current, key)) {
    return { checkpoint: current, written: false, problem: 'the checkpoint was not written with this audit key' };
  }
  let from = START;
  if (current && current.headId > 0) {
    const [head] = await repo.entriesAfter(db, current.headId - 1, 1);
    const finding = head
      ? headCheck(current)(head)
      : headReached(current, { last: { id: await repo.newestId(db), hash: '' }, entries: 0, firstKeyedId: null });
    if (finding || !head) return { checkpoint: current, written: false, problem: finding?.message };
    from = { id: head.id, hash: head.hash };
  }
  const walk = await walkChain(db, from, key, current?.keyedFrom ?? Number.POSITIVE_INFINITY);
  const problem = walk.finding?.message;
  if (current && walk.last.id === current.headId) return { checkpoint: current, written: false, problem };
  const next = signCheckpoint(
    {
      headId: walk.last.id,
      headHash: walk.last.hash,
      // Entries written before this key existed stay unkeyed; every later one must carry a keyed hash.
      keyedFrom: current?.keyedFrom ?? walk.firstKeyedId ?? walk.last.id + 1,
      at: clock.now().toISOString(),
    },
    key,
  );
  const written = writeCheckpoint(dataDir, next);
  return { checkpoint: written ? next : current, written, problem };
}

export type Checkpointer = {
  /** A new entry was written: advance within a second (several writes share one advance). */
  soon(): void;
  /** A last advance, as long as the database still answers; then no more. */
  stop(): Promise<void>;
};

/** How long after an entry the checkpoint follows: at most one checkpoint write per second. */
const SOON_MS = 1_000;

/**
 * Writes a checkpoint now, within a second of every entry this instance writes, every
 * `intervalSeconds` (for entries other instances wrote), and a last one on stop. A problem, or a
 * failure (a database that went away, say), is logged once, not at every tick; a failure is
 * described without the statement's parameters (docs/operations.md, "Logs").
 */
export function startCheckpoints(options: {
  db: DbOrTx;
  key: AuditKey;
  dataDir: string;
  clock: Clock;
  intervalSeconds: number;
  log?: (message: string) => void;
}): Checkpointer {
  const log = options.log ?? console.warn;
  let running: Promise<void> | null = null;
  let pending: NodeJS.Timeout | null = null;
  let stopped = false;
  let lastProblem: string | undefined;
  let lastFailure: string | undefined;
  const advance = (quiet: boolean) =>
    advanceCheckpoint(options.db, options.key, options.dataDir, options.clock)
      .then((result) => {
        if (result.problem && result.problem !== lastProblem) {
          const reason = result.problem.replace(/\.$/, '');
          log(`Audit checkpoint not advanced past entry ${result.checkpoint?.headId ?? 0}: ${reason}.`);
        }
        lastProblem = result.problem;
        lastFailure = undefined;
      })
      .catch((err) => {
        const failure = describeError(err);
        if (!quiet && failure !== lastFailure) log(`Audit checkpoint failed: ${failure}`);
        lastFailure = failure;
      });
  let again = false;
  // An entry written while an advance runs may have committed too late for it: go once more.
  const tick = (quiet = false): Promise<void> => {
    if (running) {
      again = !stopped;
      return running;
    }
    running = advance(quiet).finally(() => {
      running = null;
      if (again) {
        again = false;
        void tick();
      }
    });
    return running;
  };
  void tick();
  const timer = setInterval(() => void tick(), options.intervalSeconds * 1000);
  timer.unref();
  return {
    soon: () => {
      if (stopped || pending) return;
      pending = setTimeout(() => {
        pending = null;
        void tick();
      }, SOON_MS);
      pending.unref();
    },
    stop: async () => {
      stopped = true;
      again = false;
      clearInterval(timer);
      if (pending) clearTimeout(pending);
      await running;
      // At a signal the embedded server may already be stopping: a failure here is expected.
      await tick(true);
    },
  };
}
