import { describeError } from '#server/lib/describe-error';
import type { EmbeddedServer } from './embedded';

export type SupervisorOptions = {
  /** Starts the embedded server; on a restart with the port it had, so the pool's address holds. */
  start: (port?: number) => Promise<EmbeddedServer>;
  /** Called once, when the server died and could not be kept running; the caller exits. */
  giveUp: (message: string) => void;
  log?: (message: string) => void;
  /** Restarts in a row before giving up; a server that stays up for `stableMs` resets the count. */
  maxTries?: number;
  stableMs?: number;
  /** The wait before the n-th try (from 1). */
  backoffMs?: (attempt: number) => number;
  pollMs?: number;
};

export type SupervisedServer = { url: string; stop(): Promise<void> };

/**
 * Keeps the embedded PostgreSQL running (docs/operations.md, "When the database goes away"): a
 * postmaster that dies (killed, out of memory, crashed) is started again on the same port and
 * data directory, after a growing pause that lets its orphaned backends finish, and PostgreSQL
 * replays its log, so every acknowledged write is still there. Requests meanwhile answer 503 and
 * the pool reconnects by itself. After `maxTries` failed or short-lived restarts, `giveUp`.
 */
export async function superviseEmbedded(options: SupervisorOptions): Promise<SupervisedServer> {
  const {
    start,
    giveUp,
    log = console.log,
    maxTries = 5,
    stableMs = 60_000,
    backoffMs = (n: number) => 500 * 2 ** (n - 1),
    pollMs = 1_000,
  } = options;
  let current = await start();
  const { port, url } = current;
  let upSince = Date.now();
  let tries = 0;
  let stopped = false;
  let restarting: Promise<void> | undefined;
  // A stop during a pause between tries ends the pause at once.
  let wake = () => {};
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(t);
        resolve();
      };
    });

  const restart = async () => {
    if (Date.now() - upSince >= stableMs) tries = 0;
    log('The embedded PostgreSQL stopped unexpectedly; restarting it.');
    let reason = 'it stopped again soon after each restart';
    while (!stopped) {
      if (tries >= maxTries) {
        clearInterval(timer);
        stopped = true;
        giveUp(`The embedded PostgreSQL stopped and could not be restarted after ${maxTries} tries: ${reason}`);
        return;
      }
      tries++;
      await pause(backoffMs(tries));
      if (stopped) return;
      try {
        current = await start(port);
        upSince = Date.now();
        log(`The embedded PostgreSQL is running again (try ${tries} of ${maxTries}).`);
        return;
      } catch (err) {
        reason = describeError(err);
        log(`Restarting the embedded PostgreSQL failed (try ${tries} of ${maxTries}): ${reason}`);
      }
    }
  };

  const timer = setInterval(() => {
    if (stopped || restarting || current.isRunning()) return;
    restarting = restart().finally(() => {
      restarting = undefined;
    });
  }, pollMs);
  timer.unref();

  return {
    url,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      wake();
      await restarting;
      await current.stop();
    },
  };
}
