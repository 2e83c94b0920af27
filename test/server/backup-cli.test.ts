import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyPreparedDataDir } from '#test/db/prepared-data-dir';
import { freePort } from './app-process';

/**
 * The operator's path on a fresh machine: `npm run backup` while Charter runs on the embedded
 * server, then `npm run restore` into a new data directory and `npm run audit:verify` there.
 * Charter runs on a copy of the run's prepared DATA_DIR (test/db/prepared-data-dir.ts).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let tmp = '';
let charter: ChildProcess | undefined;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'charter-backup-'));
  // As root, PostgreSQL runs as the 'postgres' user, which must be able to reach the data directory.
  chmodSync(tmp, 0o755);
});

afterAll(async () => {
  if (charter?.pid && charter.exitCode === null) {
    process.kill(-charter.pid, 'SIGKILL');
    await new Promise((r) => charter?.once('exit', r));
  }
  for (const dir of ['a', 'b']) await stopOrphan(path.join(tmp, dir));
  rmSync(tmp, { recursive: true, force: true });
}, 60_000);

type Run = { code: number | null; output: string };

function tool(script: string, dataDir: string, args: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', AUDIT_KEY: '' },
    });
    let output = '';
    child.stdout.on('data', (c) => {
      output += String(c);
    });
    child.stderr.on('data', (c) => {
      output += String(c);
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

async function startCharter(dataDir: string): Promise<string> {
  const port = await freePort();
  let output = '';
  charter = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '', SEED: '' },
  });
  charter.stdout?.on('data', (c) => {
    output += String(c);
  });
  charter.stderr?.on('data', (c) => {
    output += String(c);
  });
  const base = `http://127.0.0.1:${port}`;
  for (let waited = 0; waited < 90_000; waited += 250) {
    if (charter.exitCode !== null) break;
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return base;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Charter did not start on ${dataDir}:\n${output}`);
}

async function stopCharter(): Promise<void> {
  const child = charter;
  if (!child?.pid) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(child.pid, 'SIGTERM');
  await exited;
}

describe('npm run backup and npm run restore', () => {
  it('back up a running Charter, restore into a new data directory with the key, and verify there', async () => {
    const a = path.join(tmp, 'a');
    const b = path.join(tmp, 'b');
    await copyPreparedDataDir(a);
    const base = await startCharter(a);
    const signIn = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ email: 'omar.ops@example.com', password: 'charter-demo' }),
    });
    expect(signIn.status).toBe(200);

    const file = path.join(tmp, 'charter.backup.gz');
    const backup = await tool('scripts/backup.ts', a, [file]);
    expect(backup.output).toContain('Reading through the PostgreSQL that serves');
    expect(backup.output).toMatch(/Backup written to .*charter\.backup\.gz: \d+ rows in \d+ tables/);
    expect(backup.code).toBe(0);
    // Charter went on serving throughout.
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    await stopCharter();

    const check = await tool('scripts/restore.ts', b, [file, '--check']);
    expect(check.output).toContain('The audit key that wrote this backup');
    expect(check.code).toBe(1);
    expect(existsSync(path.join(b, 'pg'))).toBe(false);

    mkdirSync(b, { mode: 0o755 });
    copyFileSync(path.join(a, 'audit-key'), path.join(b, 'audit-key'));
    const restore = await tool('scripts/restore.ts', b, [file]);
    expect(restore.output).toContain('whole, keyed hash checked');
    expect(restore.output).toMatch(/Audit log verified and checkpointed at entry \d+/);
    expect(restore.code).toBe(0);

    const verify = await tool('scripts/audit-verify.ts', b);
    expect(verify.output).toMatch(/Audit chain intact: \d+ entries, keyed hashes checked; it reaches the checkpoint/);
    expect(verify.code).toBe(0);

    const again = await tool('scripts/restore.ts', b, [file]);
    expect(again.output).toContain('The target database is not empty');
    expect(again.code).toBe(1);
  }, 240_000);
});

async function stopOrphan(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let waited = 0; waited < 15_000 && existsSync(pidFile); waited += 200)
    await new Promise((r) => setTimeout(r, 200));
}
