import { afterAll, beforeAll } from 'vitest';
import { createApp } from '#server/app';
import { type Database, type Db, openPostgres } from '#server/db/client';
import { fixedClock } from '#server/lib/clock';
import { DEMO_PASSWORD } from '#server/seed/demo';
import {
  dropSharedDatabase,
  newSharedDatabase,
  type SharedDatabase,
  type SharedPostgres,
  sharedPostgres,
  TEMPLATE_START,
} from '#test/db/shared-postgres';
import { NODE_EDGE, ORIGIN } from './harness';

/**
 * The app over a real embedded PostgreSQL with the demo workspace, for races (PGlite runs one
 * statement at a time, so it cannot show one): a copy of the demo in the run's shared server
 * (test/db/shared-postgres.ts), seeded as it was for this file alone. Registers its own start and
 * stop for the file.
 */
export type Send = (method: string, url: string, body?: unknown) => Promise<Response>;

export function seededPostgres() {
  let shared: SharedPostgres | undefined;
  let copy: SharedDatabase | undefined;
  let database: Database | undefined;
  let app: ReturnType<typeof createApp> | undefined;
  const clock = fixedClock(TEMPLATE_START);

  beforeAll(async () => {
    shared = await sharedPostgres('plain');
    copy = await newSharedDatabase(shared);
    database = await openPostgres(copy.superUrl, 'embedded');
    app = createApp({
      db: database.db,
      dbKind: 'embedded',
      clock,
      sessionSecret: 's'.repeat(32),
      scrypt: NODE_EDGE.scrypt,
    });
  }, 120_000);

  afterAll(async () => {
    await database?.close();
    if (shared && copy) await dropSharedDatabase(shared, copy.name);
  }, 60_000);

  const started = () => {
    if (!app || !database) throw new Error('the database has not started');
    return { app, db: database.db };
  };

  return {
    /** The app's clock, for tests that move time. */
    clock,
    db: (): Db => started().db,
    /** Signs in through the API and sends as that person, with the session cookie and Origin. */
    async signIn(email: string, password = DEMO_PASSWORD): Promise<Send> {
      const { app } = started();
      const res = await app.request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN },
        body: JSON.stringify({ email, password }),
      });
      const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
      return async (method, url, body) =>
        app.request(url, {
          method,
          headers: { cookie, origin: ORIGIN, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
    },
  };
}
