import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { EdgeContext } from '#server/core/db';
import type { Db } from '#server/db/client';
import type { Clock } from '#server/lib/clock';
import { isEmpty, seedDemo } from './demo';

// Any constant works; every instance sharing a database must use the same one.
const SEED_LOCK = 4_231_988;

/**
 * Seeds the demo workspace into an empty database, once, however many instances start at the
 * same moment: the emptiness check and the seed run under an advisory lock, so the instances
 * that wait find the workspace there and skip it. True when this call seeded.
 */
export async function seedDemoOnce(
  url: string,
  clock: Clock,
  edge: EdgeContext,
  log: (m: string) => void = console.log,
) {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined); // a lost connection fails the pending query, which says why
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SEED_LOCK]);
    const db = drizzle(client) as unknown as Db;
    if (!(await isEmpty(db))) return false;
    log('Seeding the demo workspace …');
    await seedDemo(db, clock, edge);
    return true;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
