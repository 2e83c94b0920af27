import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '#server/app';
import { type Database, type Db, openPostgres } from '#server/db/client';
import type { EmbeddedServer } from '#server/db/embedded';
import { fixedClock } from '#server/lib/clock';
import { DEMO_PASSWORD, seedDemo } from '#server/seed/demo';
import { startTestPostgres } from '#test/db/test-postgres';
import { ORIGIN } from './harness';

/**
 * The app over a real embedded PostgreSQL with the demo workspace, for races (PGlite runs one
 * statement at a time, so it cannot show one). Registers its own start and stop for the file.
 */
export type Send = (method: string, url: string, body?: unknown) => Promise<Response>;

export function seededPostgres(name: string) {
  let tmp = '';
  let server: EmbeddedServer | undefined;
  let database: Database | undefined;
  let app: ReturnType<typeof createApp> | undefined;
  const clock = fixedClock('2026-11-15T12:00:00Z');

  beforeAll(async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), `charter-${name}-`));
    chmodSync(tmp, 0o755); // as root, PostgreSQL runs as its own user and must reach the directory
    server = await startTestPostgres(tmp);
    database = await openPostgres(server.url, 'embedded');
    await seedDemo(database.db, clock);
    app = createApp({ db: database.db, dbKind: 'embedded', clock, sessionSecret: 's'.repeat(32) });
  }, 120_000);

  afterAll(async () => {
    await database?.close();
    await server?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
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
