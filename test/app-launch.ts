import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `server/main.ts` started as `npm start` runs it, leading a process group of its own (its embedded
 * PostgreSQL joins it), with its output collected: for the tests of a whole process
 * (`test/server/app-process.ts`, `test/server/embedded-recovery.test.ts`) and the run's prepared DATA_DIR (`test/db/prepared-data-dir-setup.ts`).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export type AppProcess = {
  pid: number;
  base: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  hasExited: () => boolean;
};

export function launch(port: number, env: Record<string, string>): AppProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '', SEED: '', ...env },
  });
  let output = '';
  const collect = (chunk: unknown) => {
    output += String(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let done = false;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      done = true;
      resolve(code);
    });
  });
  if (child.pid === undefined) throw new Error('could not spawn the app');
  return {
    pid: child.pid,
    base: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    exited,
    hasExited: () => done,
  };
}
