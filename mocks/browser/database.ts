import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database, Db } from '#server/db/client';
import { systemClock } from '#server/lib/clock';
import { isEmpty, seedDemo } from '#server/seed/demo';
import { migrateBundled } from './migrations';

/** Where PGlite keeps the demo's data when it is kept: an IndexedDB database of this name. */
export const STORE = 'charter-demo';
export const STORE_DATABASE = `/pglite/${STORE}`;

/**
 * The demo's database: PGlite in this tab, in memory or kept in IndexedDB, migrated and, when
 * empty, seeded with the demo workspace as `npm start` seeds an empty database.
 */
export async function openBrowserDatabase(keep: boolean): Promise<Database> {
  const pglite = new PGlite(keep ? `idb://${STORE}` : undefined);
  const db = drizzle(pglite);
  await migrateBundled(db);
  if (await isEmpty(db as unknown as Db)) await seedDemo(db as unknown as Db, systemClock);
  return { db: db as unknown as Db, kind: 'memory', close: () => pglite.close() };
}
