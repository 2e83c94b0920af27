import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';

// What an earlier run's PostgreSQL left behind in a data directory, read from its lock file and
// /proc: whether it still runs, for whom, and clearing it before a start (docs/operations.md,
// "Crash recovery").

/** Another live Charter uses this data directory. */
export class DataDirInUseError extends Error {}

/**
 * A postgres from an earlier run must not strand the next start. postmaster.pid names it:
 * - alive, serving this directory, child of a live Charter process: another instance is using
 *   this DATA_DIR, so refuse instead of shutting its database down;
 * - alive but orphaned (our process was killed, its postgres child was not): ask it for a fast
 *   shutdown (committed data is safe in the WAL) and wait;
 * - dead but not yet reaped (a zombie after a kill -9 of the whole process group, until init
 *   collects it): postgres counts a zombie as a live owner and refuses the lock, so wait for the
 *   reaper and, failing that, remove the lock once no process works in the directory any more;
 * - gone: postgres itself ignores a stale lock file.
 */
export async function clearLeftoverPostmaster(pgDir: string, log: (m: string) => void): Promise<void> {
  const lock = readLockFile(pgDir);
  if (!lock) return;
  const { pid } = lock;
  if (processState(pid) === 'running' && servesDirectory(pid, pgDir)) {
    const owner = ownerOf(pid);
    if (owner !== null) {
      throw new DataDirInUseError(
        `Charter is already running on ${path.dirname(pgDir)} (process ${owner}, PostgreSQL pid ${pid}). ` +
          'Stop it first, or give this instance another DATA_DIR.',
      );
    }
    log(`Found a PostgreSQL (pid ${pid}) left running on ${pgDir} by an earlier run; shutting it down first.`);
    process.kill(pid, 'SIGINT');
    if (!(await waitUntil(() => processState(pid) !== 'running', 30_000))) {
      log(`PostgreSQL (pid ${pid}) did not stop within 30 s; killing it.`);
      process.kill(pid, 'SIGKILL');
      await waitUntil(() => processState(pid) !== 'running', 5_000);
    }
  }
  // A clean shutdown removes the lock file; a killed postmaster leaves it naming its pid.
  if (readLockFile(pgDir)?.pid !== pid || processState(pid) !== 'zombie') return;
  if (await waitUntil(() => processState(pid) === 'gone', 5_000)) return;
  if (anyProcessWorkingIn(pgDir)) return; // postgres will refuse and say why
  log(`PostgreSQL (pid ${pid}) ended without being reaped; removing its stale postmaster.pid.`);
  rmSync(path.join(pgDir, 'postmaster.pid'), { force: true });
}

type LockFile = { pid: number; port: number | null };

// postmaster.pid: line 1 the postmaster's pid, line 4 its port.
export function readLockFile(pgDir: string): LockFile | null {
  let lines: string[];
  try {
    lines = readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, port: Number.isInteger(port) && port > 0 ? port : null };
}

type ProcessState = 'running' | 'zombie' | 'gone';

export function processState(pid: number): ProcessState {
  const stat = readProcStat(pid);
  if (stat) return stat.state === 'Z' || stat.state === 'X' ? 'zombie' : 'running';
  if (existsSync('/proc/self/stat')) return 'gone';
  try {
    process.kill(pid, 0); // no /proc: a signal probe is all there is
    return 'running';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? 'running' : 'gone';
  }
}

function readProcStat(pid: number): { state: string; ppid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may itself contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', ppid: Number.parseInt(fields[1] ?? '', 10) };
  } catch {
    return null;
  }
}

function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
}

function sameDirectory(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

// Without /proc this answers false, and postgres reports a live lock clearly by itself.
export function servesDirectory(pid: number, pgDir: string): boolean {
  const cmdline = commandLine(pid);
  if (!path.basename(cmdline[0] ?? '').startsWith('postgres')) return false;
  if (cmdline.includes(pgDir)) return true;
  try {
    return sameDirectory(readlinkSync(`/proc/${pid}/cwd`), pgDir); // the postmaster works in its data directory
  } catch {
    return false;
  }
}

/** The live Node process that started this postmaster; null when the postmaster was orphaned. */
export function ownerOf(pid: number): number | null {
  const ppid = readProcStat(pid)?.ppid;
  if (ppid === undefined || !Number.isInteger(ppid) || ppid <= 1) return null;
  if (processState(ppid) !== 'running') return null;
  // An orphan is adopted by init or a subreaper, never by a Node process.
  return /^(node|nodejs|bun|deno)/.test(path.basename(commandLine(ppid)[0] ?? '')) ? ppid : null;
}

function anyProcessWorkingIn(dir: string): boolean {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return false;
  }
  return entries.some((e) => {
    const pid = Number(e);
    if (pid === process.pid || processState(pid) !== 'running') return false;
    try {
      return sameDirectory(readlinkSync(`/proc/${pid}/cwd`), dir);
    } catch {
      return false;
    }
  });
}

export async function waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    if (done()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return done();
}
