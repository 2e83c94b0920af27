import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedServer } from '#server/db/embedded';
import { startTestPostgres } from '#test/db/test-postgres';
import {
  type AppProcess,
  freePort,
  healthStatus,
  launch,
  signal,
  startApp,
  stopApp,
  tokenFor,
  until,
} from './app-process';
import { missingWrites, tally, writeLoad } from './write-load';

/**
 * Two app processes on one external PostgreSQL (`DATABASE_URL`), as behind a load balancer: they
 * start together on the empty database with SEED=demo, then the database server restarts under
 * their write load.
 */
let dir = '';
let server: EmbeddedServer | undefined;
const apps: AppProcess[] = [];
/** What every instance shares: the audit key, and a DATA_DIR in the test's own directory. */
let shared: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'charter-external-'));
  chmodSync(dir, 0o755);
  server = await startTestPostgres(dir);
  shared = { DATA_DIR: path.join(dir, 'charter'), AUDIT_KEY: 'k'.repeat(40) };
  // Both at once on the empty database, as two instances deployed together would start. They share
  // the audit key, as instances behind one load balancer must (docs/operations.md); DATA_DIR holds
  // the audit checkpoint.
  const env = { ...shared, DATABASE_URL: server.url, SEED: 'demo', SESSION_SECRET: 'x'.repeat(40) };
  const started = await Promise.allSettled([startApp(env), startApp(env)]);
  for (const s of started) if (s.status === 'fulfilled') apps.push(s.value);
  for (const s of started) if (s.status === 'rejected') throw s.reason;
}, 240_000);

afterAll(async () => {
  for (const app of apps) if (!(await stopApp(app))) signal(-app.pid, 'SIGKILL');
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 60_000);

async function count(url: string, table: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n);
  } finally {
    await client.end();
  }
}

describe('instances sharing an external database', () => {
  it('both start on an empty database with SEED=demo, seeded once, and no log shows a password hash', async () => {
    expect(apps).toHaveLength(2);
    expect(await count((server as EmbeddedServer).url, 'users')).toBe(5);
    const outputs = apps.map((a) => a.output());
    expect(outputs.filter((o) => o.includes('Seeding the demo workspace'))).toHaveLength(1);
    for (const output of outputs) {
      expect(output).toContain('(database: external)');
      expect(output).not.toContain('scrypt$');
      expect(output).not.toContain('params:');
    }
  });

  it('keeps both instances up through a restart of the database server, losing no acknowledged write', async () => {
    const [a, b] = apps as [AppProcess, AppProcess];
    const { url, port } = server as EmbeddedServer;
    const token = await tokenFor(a, ['contacts:write', 'firewall:check']);
    const loads = [a, b].map((app) => writeLoad(app.base, token, { contactWriters: 3, checkers: 2 }));
    const oks = () => loads.reduce((n, l) => n + l.okSince(0), 0);
    expect(await until(() => oks() >= 30, 20_000)).toBe(true);

    // A fast shutdown ends every session; the same server comes back on the same port.
    await server?.stop();
    server = undefined;
    await new Promise((r) => setTimeout(r, 1_000));
    server = await startTestPostgres(dir, { port });
    const backAt = Date.now();
    for (const app of [a, b]) expect(await until(async () => (await healthStatus(app)) === 200, 30_000)).toBe(true);
    expect(await until(() => loads.every((l) => l.okSince(backAt) >= 15), 30_000)).toBe(true);
    const outcomes = (await Promise.all(loads.map((l) => l.stop()))).flat();

    expect(a.hasExited() || b.hasExited()).toBe(false);
    const { requests, unavailable, other, acknowledged } = tally(outcomes);
    expect(other.map((o) => `${o.kind} ${o.status} ${o.code ?? ''}`)).toEqual([]);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const o of unavailable) expect(o).toMatchObject({ code: 'database_unavailable', retryAfter: '5' });
    const lost = await missingWrites(url, outcomes);
    expect(lost).toEqual([]);
    console.log(
      `database faults (external restart, 2 instances): ${requests} requests, ${unavailable.length} answered 503, ` +
        `${acknowledged} acknowledged writes, ${lost.length} lost`,
    );
    for (const app of [a, b]) expect(app.output()).not.toContain('params:');
  }, 240_000);

  it('stops a start that cannot go on with a message naming the variable to fix', async () => {
    const url = (server as EmbeddedServer).url;
    const runs = await Promise.all([
      exitOf({ ...shared, DATABASE_URL: url, SESSION_SECRET: 'x'.repeat(40), HOST: '192.0.2.1' }),
      exitOf({
        ...shared,
        DATABASE_URL: 'postgres://charter:hunter2@127.0.0.1:1/charter',
        SESSION_SECRET: 'x'.repeat(40),
      }),
      exitOf({ ...shared, DATABASE_URL: url, SESSION_SECRET: 'x'.repeat(40), PORT: ' ' }),
    ]);
    const [host, unreachable, port] = runs as [Exit, Exit, Exit];
    expect(host.code).toBe(1);
    expect(host.output).toContain(
      'Charter could not listen: HOST 192.0.2.1 is not an address of this machine (set HOST)',
    );
    expect(unreachable.code).toBe(1);
    expect(unreachable.output).toContain(
      'Charter could not start: the database at DATABASE_URL (127.0.0.1:1/charter) cannot be used:',
    );
    expect(unreachable.output).not.toContain('hunter2');
    expect(port.code).toBe(1);
    expect(port.output).toContain('PORT: must be a whole number from 1 to 65535');
  }, 120_000);
});

type Exit = { code: number | null; output: string };

async function exitOf(env: Record<string, string>): Promise<Exit> {
  const app = launch(await freePort(), env);
  apps.push(app);
  const code = await Promise.race([app.exited, new Promise<'running'>((r) => setTimeout(r, 90_000, 'running'))]);
  return { code: code === 'running' ? -1 : code, output: app.output() };
}
