import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { copyPreparedDataDir } from '#test/db/prepared-data-dir';
import {
  type AppProcess,
  embeddedUrl,
  healthStatus,
  isRunning,
  postmasterOf,
  signal,
  sleep,
  startApp,
  stopApp,
  tokenFor,
  until,
} from './app-process';
import { missingWrites, tally, writeLoad } from './write-load';

/**
 * The embedded PostgreSQL broken under write load, with the app in its own process as `npm start`
 * runs it: every connection terminated (pg_terminate_backend), then the postmaster killed. Every
 * answer is 2xx or 503 `database_unavailable`, the process stays up, the pool and the database
 * come back by themselves, and every acknowledged write is in the database afterwards. Each app
 * starts on a copy of the run's prepared DATA_DIR (test/db/prepared-data-dir.ts).
 */
const apps: AppProcess[] = [];
const dataDirs: string[] = [];

afterAll(async () => {
  for (const app of apps) if (!(await stopApp(app))) signal(-app.pid, 'SIGKILL');
  for (const dir of dataDirs) {
    const left = postmasterOf(dir);
    if (left && isRunning(left.pid)) signal(left.pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

async function newDataDir(): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'charter-db-faults-'));
  dataDirs.push(dir);
  await copyPreparedDataDir(dir);
  return dir;
}

async function terminateAppConnections(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const res = await client.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    return res.rowCount ?? 0;
  } finally {
    await client.end();
  }
}

// The two tests run at once, each with its own app, data directory and port: the second spends
// most of its time waiting out the restarts' growing pauses, which the first can use.
describe.concurrent('the embedded database under faults, under write load', () => {
  it('answers 2xx or 503, restarts PostgreSQL, and loses no acknowledged write', async () => {
    const dataDir = await newDataDir();
    const running = await startApp({ DATA_DIR: dataDir });
    apps.push(running);
    const token = await tokenFor(running, ['contacts:write', 'firewall:check']);
    const first = postmasterOf(dataDir);
    if (!first) throw new Error('no postmaster.pid');
    const url = embeddedUrl(dataDir, first.port);

    const load = writeLoad(running.base, token);
    await until(() => load.okSince(0) >= 30, 20_000);

    // Every connection of the app, three times over, while writes are in flight.
    let terminated = 0;
    for (let round = 0; round < 3; round++) {
      terminated += await terminateAppConnections(url);
      await sleep(500);
    }
    expect(terminated).toBeGreaterThan(0);
    const afterTerminations = Date.now();
    expect(await until(() => load.okSince(afterTerminations) >= 30, 20_000)).toBe(true);

    // Then the postmaster itself: the app notices, restarts it on the same port, and carries on.
    signal(first.pid, 'SIGKILL');
    const killedAt = Date.now();
    expect(await until(() => (postmasterOf(dataDir)?.pid ?? first.pid) !== first.pid, 60_000)).toBe(true);
    expect(await until(async () => (await healthStatus(running)) === 200, 60_000)).toBe(true);
    const recoveredAt = Date.now();
    expect(await until(() => load.okSince(recoveredAt) >= 30, 30_000)).toBe(true);
    const outcomes = await load.stop();

    expect(running.hasExited()).toBe(false);
    expect(postmasterOf(dataDir)?.port).toBe(first.port);
    expect(running.output()).toContain('The embedded PostgreSQL stopped unexpectedly; restarting it.');
    expect(running.output()).toMatch(/The embedded PostgreSQL is running again \(try \d of 5\)\./);

    const { requests, unavailable, other, acknowledged } = tally(outcomes);
    expect(other.map((o) => `${o.kind} ${o.status} ${o.code ?? ''}`)).toEqual([]);
    expect(unavailable.length).toBeGreaterThan(0); // the faults were met, not slept through
    for (const o of unavailable) expect(o).toMatchObject({ code: 'database_unavailable', retryAfter: '5' });
    expect(outcomes.some((o) => o.status === 503 && o.at >= killedAt)).toBe(true);

    const lost = await missingWrites(url, outcomes);
    expect(lost).toEqual([]);
    console.log(
      `database faults (embedded): ${requests} requests, ${unavailable.length} answered 503, ` +
        `${acknowledged} acknowledged writes, ${lost.length} lost; ${terminated} connections terminated, ` +
        `postmaster back in ${((recoveredAt - killedAt) / 1000).toFixed(1)} s`,
    );

    expect(await stopApp(running)).toBe(true);
    expect(await running.exited).toBe(0);
    expect(postmasterOf(dataDir)).toBeNull();
  }, 300_000);

  it('exits with code 69, saying why, when PostgreSQL cannot be restarted', async () => {
    const dataDir = await newDataDir();
    const running = await startApp({ DATA_DIR: dataDir });
    apps.push(running);
    const postmaster = postmasterOf(dataDir);
    if (!postmaster) throw new Error('no postmaster.pid');

    // Another program takes the port as soon as PostgreSQL is gone: every restart fails to bind.
    signal(postmaster.pid, 'SIGKILL');
    const squatter = net.createServer();
    expect(await until(() => listens(squatter, postmaster.port), 5_000)).toBe(true);
    try {
      const code = await Promise.race([running.exited, sleep(120_000).then(() => 'still running')]);
      expect(code).toBe(69);
    } finally {
      squatter.close();
    }
    const output = running.output();
    expect(output).toMatch(/Restarting the embedded PostgreSQL failed \(try 5 of 5\)/);
    expect(output).toContain('The embedded PostgreSQL stopped and could not be restarted after 5 tries:');
    expect(output).toContain('Charter cannot run without its database and stops (exit code 69).');
  }, 240_000);
});

function listens(server: net.Server, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const onError = () => resolve(false);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve(true);
    });
  });
}
