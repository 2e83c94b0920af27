import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { inject } from 'vitest';

let asked: Promise<string> | undefined;

/**
 * Fills `dataDir` with a copy of the run's prepared DATA_DIR (test/db/prepared-data-dir-setup.ts):
 * the demo seeded by `server/main.ts` on its first start, cleanly stopped. Starting the app there is
 * a restart, not a first start. `cp -a` keeps the PostgreSQL files' owner and modes, which
 * PostgreSQL checks (as root, it runs as the 'postgres' user).
 */
export async function copyPreparedDataDir(dataDir: string): Promise<void> {
  asked ??= ask();
  asked.catch(() => {
    asked = undefined;
  });
  const prepared = await asked;
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  execFileSync('cp', ['-a', `${prepared}/.`, dataDir]);
}

async function ask(): Promise<string> {
  const res = await fetch(inject('preparedDataDirURL'));
  if (!res.ok) throw new Error(`the prepared DATA_DIR could not be made: ${await res.text()}`);
  return ((await res.json()) as { dir: string }).dir;
}
