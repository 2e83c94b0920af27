import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppProcess, launch } from '#test/app-launch';
import { copyPreparedDataDir } from '#test/db/prepared-data-dir';
import { freePort } from './app-process';

/**
 * Crash recovery against the real embedded PostgreSQL: the app runs as its own process group,
 * exactly as `npm start` runs it, and is killed the hard way. Each test starts on a copy of the
 * run's prepared DATA_DIR (the demo as a first start leaves it, cleanly stopped), with every
 * setting `npm start` uses, durability included.
 */

const OPS = { email: 'omar.ops@example.com', password: 'charter-demo' };
const STARTUP_MS = 90_000;

type Instance = AppProcess & { dataDir: string };

let tmpRoot = '';
const instances: Instance[] = [];
const dataDirs: string[] = [];

beforeAll(() => {
  tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'charter-recovery-'));
  // As root, PostgreSQL runs as the 'postgres' user, which must be able to reach the data directory.
  chmodSync(tmpRoot, 0o755);
});

afterAll(async () => {
  for (const instance of instances) {
    if (!instance.hasExited()) killGroup(instance.pid, 'SIGKILL');
  }
  await Promise.all(instances.map((i) => withTimeout(i.exited, 10_000).catch(() => undefined)));
  // An orphaned postmaster (a test that failed half-way) is stopped through its lock file.
  for (const dir of dataDirs) {
    const pid = postmasterPid(dir);
    if (pid === null || !isRunning(pid)) continue;
    signal(pid, 'SIGINT');
    if (!(await until(() => !isRunning(pid), 15_000))) signal(pid, 'SIGKILL');
  }
  if (tmpRoot) rmSync(tmpRoot, { recursive: true, force: true });
}, 60_000);

describe('embedded PostgreSQL crash recovery', () => {
  it('keeps every committed row after a SIGKILL of the whole process tree', async () => {
    const dataDir = await newDataDir('tree');
    const first = await start(dataDir);
    const health = await getJson(first, '/api/health');
    expect(health).toMatchObject({ status: 'ok', database: 'embedded' });

    const cookie = await signIn(first);
    const created = await createToken(first, cookie, 'after-tree-kill');
    const before = await getJson(first, '/api/audit/verify', { cookie });
    expect(before).toMatchObject({ ok: true });

    killGroup(first.pid, 'SIGKILL');
    await withTimeout(first.exited, 10_000);

    const second = await start(dataDir);
    expect(await getJson(second, '/api/health')).toMatchObject({ status: 'ok', database: 'embedded' });
    // The session row and the session secret both survived: the old cookie still signs in.
    expect(await getJson(second, '/api/session', { cookie })).toMatchObject({ user: { email: OPS.email } });
    const tokens = (await getJson(second, '/api/tokens', { cookie })) as { items: { id: string; name: string }[] };
    expect(tokens.items).toContainEqual(expect.objectContaining({ id: created.id, name: 'after-tree-kill' }));
    // The token's hash was committed too, and the chain is intact with nothing missing.
    const after = await getJson(second, '/api/audit/verify', { authorization: `Bearer ${created.token}` });
    // The checkpoint may have moved on at the restart; the entries are the same.
    expect(after).toMatchObject({ ok: true, entries: (before as { entries: number }).entries });

    await stop(second);
  }, 240_000);

  it('shuts down a postmaster orphaned by a SIGKILL of the app alone, and keeps the data', async () => {
    const dataDir = await newDataDir('orphan');
    const first = await start(dataDir);
    const cookie = await signIn(first);
    const created = await createToken(first, cookie, 'after-orphan');
    const orphan = postmasterPid(dataDir);
    expect(orphan).not.toBeNull();

    signal(first.pid, 'SIGKILL'); // the Node process only: its postgres child lives on
    await withTimeout(first.exited, 10_000);
    expect(isRunning(orphan!)).toBe(true);

    const second = await start(dataDir);
    expect(second.output()).toContain(`Found a PostgreSQL (pid ${orphan}) left running`);
    expect(isRunning(orphan!)).toBe(false);
    expect(postmasterPid(dataDir)).not.toBe(orphan);
    expect(await getJson(second, '/api/health')).toMatchObject({ status: 'ok', database: 'embedded' });
    const tokens = (await getJson(second, '/api/tokens', { cookie })) as { items: { id: string }[] };
    expect(tokens.items.map((t) => t.id)).toContain(created.id);
    expect(await getJson(second, '/api/audit/verify', { cookie })).toMatchObject({ ok: true });

    await stop(second);
  }, 240_000);

  it('refuses a second start on a data directory in use, leaving the running instance alone', async () => {
    const dataDir = await newDataDir('twice');
    const first = await start(dataDir);
    const postmaster = postmasterPid(dataDir);

    const second = launchIn(dataDir, await freePort());
    const code = await withTimeout(second.exited, STARTUP_MS);
    expect(code).toBe(1);
    expect(second.output()).toContain('Charter is already running on');

    expect(postmasterPid(dataDir)).toBe(postmaster);
    expect(await getJson(first, '/api/health')).toMatchObject({ status: 'ok', database: 'embedded' });
    await stop(first);
  }, 240_000);
});

async function newDataDir(name: string): Promise<string> {
  const dir = path.join(tmpRoot, name);
  dataDirs.push(dir);
  await copyPreparedDataDir(dir);
  return dir;
}

/** Starts `server/main.ts` on the data directory, as `npm start` would (test/app-launch.ts). */
function launchIn(dataDir: string, port: number): Instance {
  const instance = { ...launch(port, { DATA_DIR: dataDir }), dataDir };
  instances.push(instance);
  return instance;
}

async function start(dataDir: string): Promise<Instance> {
  const instance = launchIn(dataDir, await freePort());
  const healthy = await until(async () => {
    if (instance.hasExited()) return true;
    try {
      return (await fetch(`${instance.base}/api/health`)).ok;
    } catch {
      return false;
    }
  }, STARTUP_MS);
  if (!healthy || instance.hasExited()) {
    throw new Error(`the app did not become healthy on ${dataDir}:\n${instance.output()}`);
  }
  return instance;
}

/** A graceful stop (SIGTERM), which must also stop postgres and remove its lock file. */
async function stop(instance: Instance) {
  signal(instance.pid, 'SIGTERM');
  await withTimeout(instance.exited, 30_000);
  expect(await until(() => postmasterPid(instance.dataDir) === null, 10_000)).toBe(true);
}

async function signIn(instance: Instance): Promise<string> {
  const res = await fetch(`${instance.base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: instance.base },
    body: JSON.stringify(OPS),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('sign-in set no cookie');
  return cookie;
}

async function createToken(instance: Instance, cookie: string, name: string) {
  const res = await fetch(`${instance.base}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: instance.base, cookie },
    body: JSON.stringify({ name, scopes: ['read'] }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; token: string };
}

async function getJson(instance: Instance, route: string, headers: Record<string, string> = {}): Promise<unknown> {
  const res = await fetch(`${instance.base}${route}`, { headers });
  if (!res.ok) throw new Error(`GET ${route} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

function postmasterPid(dataDir: string): number | null {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Alive and not a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

function killGroup(pid: number, sig: NodeJS.Signals) {
  try {
    process.kill(-pid, sig);
  } catch {
    // already gone
  }
}

function signal(pid: number, sig: NodeJS.Signals) {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
