import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '#test/free-port';
import { launchChromium } from './chromium';
import { serveStatic } from './static-server';

/** What the browser tests drive: the run's one Chromium, the app's server and the static demo. */
export type BrowserWorld = { browserEndpoint: string; baseURL: string; demoURL: string };

/**
 * Launches Chromium, builds the app and starts the real server (Node entry, embedded PostgreSQL,
 * demo seed) on a temporary data directory and a free port, and serves the static demo build.
 * With E2E_BASE_URL set, the tests drive that server instead and none is started.
 */
export async function startBrowserWorld(): Promise<BrowserWorld & { close(): Promise<void> }> {
  const chromium = await launchChromium();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'charter-e2e-'));
  const staticDir = path.join(dataDir, 'dist');
  let child: ChildProcess | undefined;
  let demo: Awaited<ReturnType<typeof serveStatic>> | undefined;
  const close = async () => {
    if (child) await stop(child);
    await demo?.close();
    await chromium.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    // The demo build goes into a sub-folder of what the file server serves: its paths are relative.
    build(['--mode', 'demo', '--outDir', path.join(dataDir, 'site', 'demo')], 'error');
    demo = await serveStatic(path.join(dataDir, 'site'));
    const world = { browserEndpoint: chromium.wsEndpoint(), demoURL: demo.url };
    if (process.env.E2E_BASE_URL) return { ...world, baseURL: process.env.E2E_BASE_URL, close };
    build(['--outDir', staticDir]);
    const port = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        SEED: 'demo',
        CHARTER_STATIC_DIR: staticDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let log = '';
    child.stdout?.on('data', (d) => {
      log += d;
    });
    child.stderr?.on('data', (d) => {
      log += d;
    });
    const baseURL = `http://127.0.0.1:${port}`;
    await waitForHealth(baseURL, child, () => log);
    return { ...world, baseURL, close };
  } catch (err) {
    await close();
    throw err;
  }
}

// PGlite's bundle warns about Node modules it never loads in a browser: the demo build says only errors.
function build(args: string[], logLevel: 'warn' | 'error' = 'warn') {
  execFileSync('npx', ['vite', 'build', '--logLevel', logLevel, '--emptyOutDir', ...args], {
    stdio: 'inherit',
    // Vitest runs with NODE_ENV=test, which would make Vite emit the development React runtime.
    // The server still sends the brotli and gzip files, written at quick levels: the highest cost
    // seconds of CPU per run and the tests read the same bytes either way (vite.config.ts).
    env: { ...process.env, NODE_ENV: 'production', CHARTER_QUICK_COMPRESSION: '1' },
  });
}

async function waitForHealth(baseURL: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${log()}`);
    try {
      const res = await fetch(`${baseURL}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`The server did not become healthy in time:\n${log()}`);
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGTERM');
  // The timer is cancelled once the server is gone: a pending one would keep Vitest from exiting.
  const timeout = new AbortController();
  const late = sleep(15_000, 'timeout', { signal: timeout.signal }).catch(() => 'exited');
  const outcome = await Promise.race([exited, late]);
  timeout.abort();
  if (outcome === 'timeout') process.kill(-child.pid, 'SIGKILL');
}
