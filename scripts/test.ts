import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm test`: the whole suite (server, web and e2e projects) in one Vitest run, ending with one
 * summary line, `Tests: N passed, N failed`, that CI reads. Extra arguments go to Vitest.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsFile = path.join(root, '.tmp', 'vitest-results.json');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const extraArgs = process.argv.slice(2);

type AssertionResult = { fullName: string; status: string };
type FileResult = { name: string; status: string; message?: string; assertionResults: AssertionResult[] };
type Results = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: FileResult[];
};

mkdirSync(path.dirname(resultsFile), { recursive: true });
rmSync(resultsFile, { force: true }); // never report an earlier run

const child = spawn(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...extraArgs],
  { cwd: root, stdio: 'inherit' },
);

// Vitest stops its own workers and servers; this process only waits to print the summary.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

const exitCode = await new Promise<number>((resolve) => {
  child.on('error', (err) => {
    console.error(`Could not run Vitest: ${err.message}`);
    resolve(1);
  });
  child.on('exit', (code) => resolve(code ?? 1));
});

const results = readResults();
const passed = results?.numPassedTests ?? 0;
let failed = results?.numFailedTests ?? 0;
const notes: string[] = [];

if (!results) {
  notes.push(`Vitest wrote no results to ${path.relative(root, resultsFile)}.`);
  failed = Math.max(failed, 1);
} else {
  // A file that fails to load or a hook that throws runs no test, so it fails none: count it here.
  for (const file of results.testResults) {
    if (file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed')) {
      notes.push(`${path.relative(root, file.name)} failed outside its tests: ${firstLine(file.message)}`);
      failed++;
    }
  }
  const skipped = results.testResults.flatMap((f) =>
    f.assertionResults.filter((a) => a.status === 'skipped' || a.status === 'pending' || a.status === 'todo'),
  );
  // The whole suite must run every test; a filtered run (`npm test -- -t name`) skips the rest.
  if (skipped.length > 0 && extraArgs.length === 0) {
    notes.push(
      `${skipped.length} test(s) were skipped or left as todo; the suite must run every test: ` +
        skipped.map((a) => a.fullName).join('; '),
    );
  }
  if (exitCode !== 0 && failed === 0) {
    notes.push(`Vitest exited with code ${exitCode} without a failing test; see its output above.`);
    failed = 1;
  }
}

const ok = exitCode === 0 && failed === 0 && results !== null && notes.length === 0;
for (const note of notes) console.log(note);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);

function readResults(): Results | null {
  if (!existsSync(resultsFile)) return null;
  try {
    return JSON.parse(readFileSync(resultsFile, 'utf8')) as Results;
  } catch {
    return null;
  }
}

function firstLine(message: string | undefined): string {
  return (message ?? 'no message').split('\n')[0] ?? '';
}
