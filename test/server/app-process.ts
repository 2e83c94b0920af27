import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD } from '#server/seed/demo';
import { type AppProcess, launch } from '#test/app-launch';
import { freePort } from '#test/free-port';
import { DEMO } from './harness';

export { type AppProcess, freePort, launch };

/**
 * The app as its own process (`server/main.ts`, as `npm start` runs it), for tests of what only a
 * whole process shows: crashes, restarts, start-up. Each instance leads a process group, which
 * its embedded PostgreSQL joins.
 */

export const STARTUP_MS = 90_000;

/** Launches the app and waits until /api/health answers 200. */
export async function startApp(env: Record<string, string>): Promise<AppProcess> {
  const app = launch(await freePort(), env);
  const healthy = await until(async () => app.hasExited() || (await healthStatus(app)) === 200, STARTUP_MS);
  if (!healthy || app.hasExited()) {
    signal(-app.pid, 'SIGKILL'); // the whole group, its PostgreSQL too: nothing outlives the test
    throw new Error(`the app did not become healthy:\n${app.output()}`);
  }
  return app;
}

export async function healthStatus(app: AppProcess): Promise<number> {
  try {
    return (await fetch(`${app.base}/api/health`)).status;
  } catch {
    return 0;
  }
}

/** A graceful stop (SIGTERM); true when the process exited within 30 s. */
export async function stopApp(app: AppProcess): Promise<boolean> {
  if (app.hasExited()) return true;
  signal(app.pid, 'SIGTERM');
  return (await Promise.race([app.exited.then(() => true), sleep(30_000).then(() => false)])) as boolean;
}

export async function tokenFor(app: AppProcess, scopes: string[]): Promise<string> {
  const signIn = await fetch(`${app.base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.base },
    body: JSON.stringify({ email: DEMO.ops, password: DEMO_PASSWORD }),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
  if (signIn.status !== 200 || !cookie) throw new Error(`sign-in answered ${signIn.status}`);
  const res = await fetch(`${app.base}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.base, cookie },
    body: JSON.stringify({ name: `test ${scopes.join(' ')}`, scopes }),
  });
  if (res.status !== 201) throw new Error(`creating a token answered ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

/** The embedded PostgreSQL's pid and port, from its lock file. */
export function postmasterOf(dataDir: string): { pid: number; port: number } | null {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? { pid, port } : null;
}

export function embeddedUrl(dataDir: string, port: number): string {
  const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  return `postgres://charter:${encodeURIComponent(password)}@127.0.0.1:${port}/charter`;
}

/** Alive and not a zombie waiting to be reaped. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

export function signal(pid: number, sig: NodeJS.Signals) {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(200);
  }
  return check();
}
