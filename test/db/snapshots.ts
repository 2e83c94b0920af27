import { randomBytes, scryptSync } from 'node:crypto';
import { closeSync, existsSync, openSync, rmSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { inject } from 'vitest';
import { type Database, type Db, openMemory } from '#server/db/client';
import { type Clock, fixedClock, systemClock } from '#server/lib/clock';
import { DEMO_PASSWORD, seedDemo } from '#server/seed/demo';

/**
 * Migrating and seeding PGlite takes seconds; loading a saved data directory takes a fraction of
 * that. Each snapshot is built once per run by whichever test file needs it first, saved in the
 * run's snapshot directory (test/db/global-setup.ts) and loaded by every later file: each file
 * still gets its own database. See docs/testing.md.
 */

export type MemoryDatabase = Database & { pglite: PGlite };

/** A database with the migrations applied and nothing else. */
export function openMigrated(): Promise<MemoryDatabase> {
  return open('migrated', async () => undefined);
}

/**
 * A database with the demo workspace seeded at `at`, as `seedDemo(db, fixedClock(at))` leaves it
 * but for the cost of the demo password's hash (below). `'now'` seeds with the system clock, for
 * the mock backend that the browser-side code reads with the real clock; that snapshot is kept per
 * UTC day so that a run passing midnight seeds again.
 */
export function openSeeded(at: string | Date | 'now'): Promise<MemoryDatabase> {
  if (at === 'now') {
    return open(`seeded-now-${new Date().toISOString().slice(0, 10)}`, (db) => seeded(db, systemClock));
  }
  const start = new Date(at);
  if (Number.isNaN(start.getTime())) throw new Error(`openSeeded: not a date: ${String(at)}`);
  return open(`seeded-${start.toISOString().replace(/[:.]/g, '-')}`, (db) => seeded(db, fixedClock(start)));
}

async function seeded(db: Db, clock: Clock): Promise<void> {
  await seedDemo(db, clock);
  // Tests sign in hundreds of times, and each sign-in runs scrypt at the cost the stored hash
  // names (2^15, some 50 ms). The demo users' hash is stored again at 2^10: the same code checks
  // it, in a thirty-second of the time. Passwords set by a test are hashed at the full cost. The
  // format is that of passwordHasher (server/lib/passwords.ts): were it to change, sign-ins would fail.
  const salt = randomBytes(16);
  const key = scryptSync(DEMO_PASSWORD, salt, 32, { N: 1024, r: 8, p: 1 });
  const hash = `scrypt$1024$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
  await db.execute(sql`UPDATE users SET password_hash = ${hash}`);
}

async function open(key: string, fill: (db: Db) => Promise<void>): Promise<MemoryDatabase> {
  const tarball = await snapshot(key, async () => {
    const database = await openMemory();
    try {
      await fill(database.db);
      await compact(database.pglite);
      return new Uint8Array(await (await database.pglite.dumpDataDir('none')).arrayBuffer());
    } finally {
      await database.close();
    }
  });
  const pglite = new PGlite({ loadDataDir: new LoadedTarball(tarball) });
  await pglite.waitReady;
  return { db: drizzle(pglite) as unknown as Db, kind: 'memory', pglite, close: () => pglite.close() };
}

/**
 * Every file loads the snapshot, and loading copies each of its bytes more than once: the smaller,
 * the cheaper (docs/testing.md, "Keeping the run short"). Seeding leaves one or two 16 MB WAL segments
 * beside 15 MB of data, and PGlite's data directory holds two template databases of 7 MB each,
 * which only CREATE DATABASE reads (no test on PGlite runs it). Dropped, and the WAL switched and
 * checkpointed without recycling, the snapshot keeps one WAL segment and a load starts from a
 * checkpoint with nothing to replay.
 */
async function compact(pglite: PGlite): Promise<void> {
  for (const template of ['template0', 'template1']) {
    await pglite.query(`ALTER DATABASE ${template} WITH is_template false`);
    await pglite.query(`DROP DATABASE ${template}`);
  }
  // PostgreSQL's default 128 MB of shared buffers is set up on every start, and a snapshot's whole
  // database is some 15 MB: 32 MB hold it, and a load costs less (the figures in docs/testing.md).
  await pglite.query("ALTER SYSTEM SET shared_buffers = '32MB'");
  await pglite.query('SET wal_recycle = off');
  await pglite.query('SELECT pg_switch_wal()');
  await pglite.query('CHECKPOINT');
}

/**
 * A snapshot as PGlite reads it, from bytes already in memory. PGlite reads its `loadDataDir` with
 * `arrayBuffer()`, which for a Blob made in Node streams the bytes out in chunks and joins them: about
 * a quarter of a load's time. Each load gets its own copy, so nothing PGlite does can change the
 * snapshot that the next file loads.
 */
class LoadedTarball extends Blob {
  readonly #bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    super([]);
    this.#bytes = bytes;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#bytes.slice().buffer);
  }
}

// Files that share a worker (isolate: false) share this module, so a snapshot is read from disk once.
const inWorker = new Map<string, Promise<Uint8Array>>();

function snapshot(key: string, build: () => Promise<Uint8Array>): Promise<Uint8Array> {
  let pending = inWorker.get(key);
  if (!pending) {
    pending = fromDirectory(key, build);
    inWorker.set(key, pending);
    pending.catch(() => inWorker.delete(key));
  }
  return pending;
}

const WAIT_MS = 180_000;

/** One builder per snapshot across all workers: an exclusive lock file, the others wait for the file. */
async function fromDirectory(key: string, build: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const dir = snapshotDir();
  if (!dir) return build();
  const file = path.join(dir, `${key}.tar`);
  const lock = `${file}.lock`;
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (existsSync(file)) return new Uint8Array(await readFile(file));
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      await new Promise((r) => setTimeout(r, 50));
      continue; // another worker is building it; if that build fails, the lock goes and this one tries
    }
    try {
      // Built and released by another worker between the two checks above.
      if (existsSync(file)) return new Uint8Array(await readFile(file));
      const tarball = await build();
      // Written under another name and renamed, so a reader never sees half a file.
      const part = `${file}.${process.pid}-${threadId}.part`;
      await writeFile(part, tarball);
      await rename(part, file);
      return tarball;
    } finally {
      closeSync(fd);
      rmSync(lock, { force: true });
    }
  }
  throw new Error(`The database snapshot ${key} was not built within ${WAIT_MS / 1000} s`);
}

/** Set by the global setup; unset when this module is used outside a Vitest run with it. */
function snapshotDir(): string | undefined {
  try {
    return inject('snapshotDir') || undefined;
  } catch {
    return undefined;
  }
}
