import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#server/app';
import { type Database, openPostgres } from '#server/db/client';
import { isConnectionLoss } from '#server/db/pool-errors';
import { rowsOf } from '#server/db/rows';
import { fixedClock } from '#server/lib/clock';
import { DEMO_PASSWORD } from '#server/seed/demo';
import { seedDemoOnce } from '#server/seed/seed-once';
import { DEMO, NODE_EDGE, ORIGIN } from './harness';
import { sharedServerDatabase } from './postgres-app';

/**
 * The app's pool over a real PostgreSQL whose connections die under it: nothing crashes, nothing
 * leaks, callers get 503 `database_unavailable`, and the pool recovers by itself. The same under
 * write load, with whole processes, is test/server/database-faults.test.ts. The database starts
 * empty, a database of the file's own in the run's shared PostgreSQL: every connection this file
 * cuts is its own.
 */
let empty: Awaited<ReturnType<typeof sharedServerDatabase>> | undefined;
let databaseUrl = '';
let database: Database;
let app: ReturnType<typeof createApp>;
const clock = fixedClock('2026-11-15T12:00:00Z');

beforeAll(async () => {
  empty = await sharedServerDatabase({ empty: true });
  databaseUrl = empty.url;
  database = await openPostgres(databaseUrl, 'embedded');
  app = createApp({
    db: database.db,
    dbKind: 'embedded',
    clock,
    sessionSecret: 's'.repeat(32),
    scrypt: NODE_EDGE.scrypt,
  });
});

afterAll(async () => {
  await database?.close().catch(() => undefined);
  await empty?.drop();
});

const poolOf = (db: Database['db']) => (db as unknown as { $client: pg.Pool }).$client;

/**
 * Until the returned function is called, every client the pool hands out has its socket cut
 * first: its next statement fails exactly as when the server drops the connection.
 */
function severOnAcquire(pool: pg.Pool): () => void {
  const cut = (client: pg.PoolClient) =>
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
  pool.on('acquire', cut);
  return () => pool.off('acquire', cut);
}

const inUse = (pool: pg.Pool) => pool.totalCount - pool.idleCount;

describe('the demo seed on an empty database', () => {
  it('runs once when two instances start together, and the other finds it done', async () => {
    const lines: string[] = [];
    const results = await Promise.all([1, 2].map(() => seedDemoOnce(databaseUrl, clock, {}, (m) => lines.push(m))));
    expect(results.sort()).toEqual([false, true]);
    expect(lines).toEqual(['Seeding the demo workspace …']);
    const [row] = rowsOf<{ n: number }>(await database.db.execute(sql`SELECT count(*)::int AS n FROM users`));
    expect(row?.n).toBe(5);
  });
});

describe('a pool whose connections drop', () => {
  it('releases the client of a transaction whose BEGIN failed, so the pool does not run dry', async () => {
    const pool = poolOf(database.db);
    const restore = severOnAcquire(pool);
    try {
      // More failures than the pool has clients: a leaked client per failure would exhaust it.
      for (let i = 0; i < 12; i++) {
        const failed = await database.db.transaction((tx) => tx.execute(sql`SELECT 1`)).catch((err: unknown) => err);
        expect(isConnectionLoss(failed)).toBe(true);
      }
    } finally {
      restore();
    }
    expect(inUse(pool)).toBe(0);
    const rows = rowsOf<{ one: number }>(await database.db.transaction((tx) => tx.execute(sql`SELECT 1 AS one`)));
    expect(rows).toEqual([{ one: 1 }]);
  });

  it('survives a connection that drops between two statements of a transaction', async () => {
    const other = new pg.Client({ connectionString: databaseUrl });
    await other.connect();
    try {
      const failed = await database.db
        .transaction(async (tx) => {
          const [me] = rowsOf<{ pid: number }>(await tx.execute(sql`SELECT pg_backend_pid() AS pid`));
          await other.query('SELECT pg_terminate_backend($1)', [me?.pid]);
          // The client is checked out and idle when its connection ends: an `error` event with no
          // listener here would end the process (and fail this run as an uncaught error).
          await new Promise((r) => setTimeout(r, 300));
          await tx.execute(sql`SELECT 1`);
        })
        .catch((err: unknown) => err);
      expect(isConnectionLoss(failed)).toBe(true);
    } finally {
      await other.end();
    }
    expect(inUse(poolOf(database.db))).toBe(0);
    expect(rowsOf(await database.db.execute(sql`SELECT 1 AS one`))).toEqual([{ one: 1 }]);
  });
});

describe('the API while the database is unreachable', () => {
  const post = (url: string, body: unknown, headers: Record<string, string>) =>
    app.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('answers 503 database_unavailable with Retry-After, reads, writes and batched checks alike', async () => {
    const signIn = await post('/api/session', { email: DEMO.ops, password: DEMO_PASSWORD }, { origin: ORIGIN });
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    const created = await post(
      '/api/tokens',
      { name: 'faults', scopes: ['firewall:check'] },
      { origin: ORIGIN, cookie },
    );
    const { token } = (await created.json()) as { token: string };
    const check = () =>
      post(
        '/api/firewall/check',
        { channel: 'email', contactIds: ['CRM-100001'] },
        { authorization: `Bearer ${token}` },
      );
    expect((await check()).status).toBe(200); // the token and the policy are now in memory
    expect((await app.request('/api/segments', { headers: { authorization: `Bearer ${token}` } })).status).toBe(403);

    const restore = severOnAcquire(poolOf(database.db));
    let answers: Response[];
    try {
      answers = [
        await app.request('/api/health'),
        await post('/api/session', { email: DEMO.ops, password: DEMO_PASSWORD }, { origin: ORIGIN }),
        ...(await Promise.all(Array.from({ length: 6 }, check))),
        // A refusal that cannot be recorded is not answered as if it had been.
        await app.request('/api/segments', { headers: { authorization: `Bearer ${token}` } }),
      ];
    } finally {
      restore();
    }
    for (const res of answers) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(await res.json()).toMatchObject({ code: 'database_unavailable' });
    }
    expect((await app.request('/api/health')).status).toBe(200);
    expect((await check()).status).toBe(200);
  });
});
