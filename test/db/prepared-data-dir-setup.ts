import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { launch } from '#test/app-launch';
import { freePort } from '#test/free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where a test file asks for the run's prepared DATA_DIR (test/db/prepared-data-dir.ts). */
    preparedDataDirURL: string;
  }
}

const STARTUP_MS = 120_000;

/**
 * One DATA_DIR made the way `npm start` makes a new one, by `server/main.ts` itself (initdb, the
 * migrations, the demo seed, the audit key, the secrets and passwords), then stopped cleanly. The
 * main Vitest process makes it the first time a file asks, so a run that needs none makes none,
 * and removes it when the run ends. The tests that run the app as its own process start from a
 * copy of it instead of an empty directory (docs/testing.md, "Keeping the run short").
 */
export default async function setup(project: TestProject) {
  let prepared: Promise<string> | undefined;

  const control = createServer((_req, res) => {
    prepared ??= prepare();
    prepared.then(
      (dir) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ dir })),
      (err: Error) => res.writeHead(500).end(err.message),
    );
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  project.provide('preparedDataDirURL', `http://127.0.0.1:${(control.address() as AddressInfo).port}/`);

  return async () => {
    await new Promise((resolve) => control.close(resolve));
    const dir = await prepared?.catch(() => undefined);
    if (dir) rmSync(path.dirname(dir), { recursive: true, force: true });
  };
}

/** Starts the app on an empty DATA_DIR until it is healthy, then stops it with SIGTERM. */
async function prepare(): Promise<string> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'charter-prepared-'));
  // As root, PostgreSQL runs as the 'postgres' user, which must be able to reach the data directory.
  chmodSync(tmp, 0o755);
  const dataDir = path.join(tmp, 'data');
  const port = await freePort();
  const app = launch(port, { DATA_DIR: dataDir });
  const { child, exited, output } = app;
  const failed = (why: string) => {
    if (!app.hasExited()) process.kill(-app.pid, 'SIGKILL');
    rmSync(tmp, { recursive: true, force: true });
    return new Error(`could not prepare a DATA_DIR with server/main.ts: ${why}\n${output()}`);
  };

  const deadline = Date.now() + STARTUP_MS;
  while (!(await healthy(port))) {
    if (app.hasExited() || Date.now() > deadline) throw failed('it did not become healthy');
    await new Promise((r) => setTimeout(r, 200));
  }
  if (!output().includes('Seeding the demo workspace')) throw failed('it did not seed the demo workspace');
  child.kill('SIGTERM');
  const code = await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000, 'still running').unref())]);
  // A clean stop leaves no lock file and nothing to replay: every copy starts as a restart would.
  if (code !== 0 || existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))) {
    throw failed(`it did not stop cleanly (exit ${String(code)})`);
  }
  return dataDir;
}

async function healthy(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
  } catch {
    return false;
  }
}
