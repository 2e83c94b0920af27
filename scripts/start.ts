import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm start`: builds the single-page app when dist/ is missing or older than its sources, then
 * runs the server (SPA + API on one port) as a child process and passes signals on to it.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'dist', 'index.html');
const SOURCES = ['src', 'index.html', 'public', 'vite.config.ts', 'scripts/page-preloads.ts', 'domain', 'clients'];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows only in its folder's time
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, name)));
  return newest;
}

function staleReason(): string | null {
  if (!existsSync(builtIndex)) return 'no build in dist/ yet';
  const builtAt = statSync(builtIndex).mtimeMs;
  const changed = SOURCES.filter((s) => newestChange(path.join(root, s)) > builtAt);
  return changed.length > 0 ? `${changed.join(', ')} changed since the last build` : null;
}

const reason = staleReason();
if (reason) {
  console.log(`Building the app (${reason}) …`);
  // A production build whatever NODE_ENV the shell has: the dev JSX runtime is large and slow.
  const build = spawnSync('npx', ['vite', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) {
    console.error('The app did not build; see the output above.');
    process.exit(build.status ?? 1);
  }
} else {
  console.log('The app in dist/ is up to date.');
}

// The server stays in this process group, so a kill of the whole group takes it and its
// PostgreSQL down together; the next start recovers whatever that leaves (server/db/embedded.ts).
const server = spawn(process.execPath, ['--import', 'tsx', path.join('server', 'main.ts')], {
  cwd: root,
  stdio: 'inherit',
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (server.exitCode === null && server.signalCode === null) server.kill(signal);
  });
}

server.on('error', (err) => {
  console.error(`Could not run the server: ${err.message}`);
  process.exit(1);
});

server.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 128 + constants.signals[signal] : 1));
});
