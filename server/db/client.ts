import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { GUARDED_POOL_OPTIONS, guardPool } from './pool-guard';

// No relational schema is registered: features write their queries with the query builder.
export type Db = PgDatabase<PgQueryResultHKT>;
/** A transaction handle: the same query surface as Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  /** Where the data lives, as /api/health reports it. */
  kind: 'embedded' | 'external' | 'memory';
  close(): Promise<void>;
};

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
// Any constant works; it only has to be the same for every instance sharing a database.
export const MIGRATION_LOCK = 4_231_987;

export type OpenOptions = {
  /** Who runs migrations and owns the tables (docs/operations.md#database-roles); default: `url`. */
  migrationUrl?: string;
  /** Runs on the migrating connection after the migrations, still under their lock. */
  afterMigrate?: (owner: pg.Client) => Promise<void>;
};

export async function openPostgres(
  url: string,
  kind: 'embedded' | 'external',
  options: OpenOptions = {},
): Promise<Database> {
  await migrateWithLock(options.migrationUrl ?? url, options.afterMigrate);
  const pool = new pg.Pool({ connectionString: url, max: 10, ...GUARDED_POOL_OPTIONS });
  // A dropped connection must not crash the process nor leak its client; the pool replaces it.
  const db = guardPool(pool, drizzlePg(pool) as unknown as Db);
  // pool.end() resolves once its clients are told to end, not once their connections have closed:
  // closing waits for those too, so a database stopped right after never cuts one open under us
  // (docs/operations.md, "Shutting down").
  const ends = new Set<Promise<void>>();
  pool.on('connect', (client) => {
    const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
    ends.add(ended);
    void ended.then(() => ends.delete(ended));
  });
  const close = async () => {
    await pool.end();
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, CLOSE_WAIT_MS);
    });
    await Promise.race([Promise.all([...ends]), giveUp]);
    clearTimeout(timer);
  };
  return { db, kind, close };
}

/** How long closing waits for the pool's connections to finish closing. */
const CLOSE_WAIT_MS = 5_000;

// Several API instances may start at once against one database: one migrates, the others wait.
async function migrateWithLock(url: string, afterMigrate?: OpenOptions['afterMigrate']): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined); // a lost connection fails the pending query, which says why
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client), { migrationsFolder });
    await afterMigrate?.(client);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** An in-memory PGlite database for tests and the mock backend; never for data anyone keeps. */
export async function openMemory(): Promise<Database & { pglite: PGlite }> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const pglite = new PGlite();
  const db = drizzle(pglite);
  await migrate(db, { migrationsFolder });
  return { db: db as unknown as Db, kind: 'memory', pglite, close: () => pglite.close() };
}
