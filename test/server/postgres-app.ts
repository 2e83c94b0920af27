import { randomBytes, scryptSync } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createApp } from '#server/app';
import { openPostgres } from '#server/db/client';
import { fixedClock } from '#server/lib/clock';
import { DEMO_PASSWORD } from '#server/seed/demo';
import { dropSharedDatabase, newSharedDatabase, sharedPostgres, TEMPLATE_START } from '#test/db/shared-postgres';
import { httpClients, NODE_EDGE } from './harness';

/**
 * What createTestApp (./harness.ts) gives, over a real PostgreSQL instead of PGlite: a copy of the
 * demo in the run's shared server (test/db/shared-postgres.ts), reached as its one superuser with
 * no audit key, as in memory. A request there costs a fraction of PGlite's CPU, which the tests
 * that send thousands (the fuzz tests) feel. `cheapPasswords` stores the demo users' hash at the
 * lower cost the in-memory snapshots use (test/db/snapshots.ts), for tests that sign in often.
 */
export async function createPostgresTestApp(options: { cheapPasswords?: boolean } = {}) {
  const shared = await sharedPostgres('plain');
  const copy = await newSharedDatabase(shared);
  const database = await openPostgres(copy.superUrl, 'embedded');
  if (options.cheapPasswords) {
    const salt = randomBytes(16);
    const key = scryptSync(DEMO_PASSWORD, salt, 32, { N: 1024, r: 8, p: 1 });
    const hash = `scrypt$1024$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    await database.db.execute(sql`UPDATE users SET password_hash = ${hash}`);
  }
  const clock = fixedClock(TEMPLATE_START);
  const app = createApp({ db: database.db, dbKind: database.kind, clock, sessionSecret: 's'.repeat(32), ...NODE_EDGE });
  return {
    app,
    db: database.db,
    clock,
    ...httpClients(app),
    close: async () => {
      await database.close();
      await dropSharedDatabase(shared, copy.name);
    },
  };
}

export type PostgresTestApp = Awaited<ReturnType<typeof createPostgresTestApp>>;

/**
 * A database of the file's own in the run's shared PostgreSQL, reached as its superuser: a copy of
 * the `plain` demo (seeded at 2026-11-15T12:00:00Z), or empty. For tests that open several pools
 * over one database, as several instances of the app would; `drop` removes it when the file is done.
 */
export async function sharedServerDatabase(options: { empty?: boolean } = {}) {
  const shared = await sharedPostgres('plain');
  const copy = await newSharedDatabase(shared, options);
  return { url: copy.superUrl, drop: () => dropSharedDatabase(shared, copy.name) };
}
