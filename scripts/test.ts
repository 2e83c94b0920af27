import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBrowserWorld } from '#test/e2e/world';
import type { ProjectDuration } from './project-durations';

/**
 * `npm test`: the whole suite, ending with one summary line, `Tests: N passed, N failed`, that CI
 * reads. Vitest runs side by side: two of browser tests (mostly waiting on Chromium and the
 * server), which share one Chromium, server and demo build started here; one of the domain and
 * server projects (every core); and one of the component tests, started when the first browser
 * run ends. Before the summary comes each project's duration. Extra arguments go to every run,
 * or to one run when they name a --project.
 * See docs/testing.md.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, '.tmp');
const vitest = path.join(root, 'node_modules', 'vitest', 'vitest.mjs');
const extraArgs = process.argv.slice(2);
const began = Date.now();

type AssertionResult = { fullName: string; status: string };
type FileResult = { name: string; status: string; message?: string; assertionResults: AssertionResult[] };
type Results = { numPassedTests: number; numFailedTests: number; testResults: FileResult[] };
type Run = { name: string; projects: string[]; browser?: boolean; afterBrowser?: boolean };

const runs: Run[] = extraArgs.some((a) => a === '--project' || a.startsWith('--project='))
  ? [{ name: 'selected', projects: [] }]
  : [
      // The walks through every page only read what the other browser tests change: a run of their own.
      { name: 'browser', projects: ['e2e'], browser: true },
      { name: 'browser-pages', projects: ['e2e-pages'], browser: true },
      // The component tests take the cores the first browser run to end leaves (docs/testing.md).
      { name: 'web', projects: ['web'], afterBrowser: true },
      { name: 'in-process', projects: ['domain', 'server'] },
    ];

mkdirSync(outDir, { recursive: true });
const children: ChildProcess[] = [];
let world: Awaited<ReturnType<typeof startBrowserWorld>> | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    void world?.close();
  });
}

// The last run streams its output; the others are printed whole once it is done, so that two
// runs' lines never interleave. It starts at once; the browser runs once their server is up, and
// the component tests when the first browser run ends: until then the cores are full, after it
// the in-process run alone left them partly idle (docs/testing.md, "How long it takes").
const streamed = start(runs[runs.length - 1] as Run, true);
world = runs.some((r) => r.browser) ? await shareBrowserWorld() : undefined;
const browserRuns = runs.filter((r) => r.browser).map((run) => start(run, false));
const firstBrowserEnd = browserRuns.length > 0 ? Promise.race(browserRuns) : Promise.resolve();
const laterRuns = runs
  .slice(0, -1)
  .filter((r) => !r.browser)
  .map((run) => (run.afterBrowser ? firstBrowserEnd.then(() => start(run, false)) : start(run, false)));
const finished = await Promise.all([...browserRuns, ...laterRuns, streamed]);
await world?.close();

const notes: string[] = [];
let passed = 0;
let failed = 0;
const durations: ProjectDuration[] = [];
for (const { run, exitCode, output } of finished) {
  if (output !== null) process.stdout.write(output);
  const results = readJson<Results>(resultsFile(run));
  durations.push(...(readJson<ProjectDuration[]>(durationsFile(run)) ?? []));
  if (!results) {
    notes.push(`Vitest (${run.name}) wrote no results to ${path.relative(root, resultsFile(run))}.`);
    failed++;
    continue;
  }
  passed += results.numPassedTests;
  let runFailed = results.numFailedTests;
  // A file that fails to load or a hook that throws runs no test, so it fails none: count it here.
  for (const file of results.testResults) {
    if (file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed')) {
      notes.push(`${path.relative(root, file.name)} failed outside its tests: ${firstLine(file.message)}`);
      runFailed++;
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
  if (exitCode !== 0 && runFailed === 0) {
    notes.push(`Vitest (${run.name}) exited with code ${exitCode} without a failing test; see its output above.`);
    runFailed = 1;
  }
  failed += runFailed;
}

const ok = finished.every((f) => f.exitCode === 0) && failed === 0 && notes.length === 0;
for (const note of notes) console.log(note);
printDurations(durations, (Date.now() - began) / 1000);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);

type Finished = { run: Run; exitCode: number; output: string | null };

/** One Chromium, server and demo build for both browser runs (test/e2e/global-setup.ts). */
async function shareBrowserWorld() {
  try {
    const started = await startBrowserWorld();
    const { close, ...world } = started;
    process.env.CHARTER_E2E_WORLD = JSON.stringify(world);
    return started;
  } catch (err) {
    // Each browser run then starts its own, and reports what fails.
    console.log(`Could not start the browser tests' server once for both runs: ${(err as Error).message}`);
    return undefined;
  }
}

function start(run: Run, stream: boolean): Promise<Finished> {
  rmSync(resultsFile(run), { force: true }); // never report an earlier run
  rmSync(durationsFile(run), { force: true });
  const args = [
    vitest,
    'run',
    ...run.projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${resultsFile(run)}`,
    `--reporter=${path.join(root, 'scripts', 'project-durations.ts')}`,
    // A filter (a file name, -t) may leave one of the runs with nothing to do.
    ...(extraArgs.length > 0 && runs.length > 1 ? ['--passWithNoTests'] : []),
    ...extraArgs,
  ];
  const env = {
    ...process.env,
    CHARTER_DURATIONS_FILE: durationsFile(run),
    ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
  };
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: stream ? 'inherit' : 'pipe' });
  children.push(child);
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (d: Buffer) => chunks.push(d));
  child.stderr?.on('data', (d: Buffer) => chunks.push(d));
  return new Promise((resolve) => {
    const output = () => (stream ? null : Buffer.concat(chunks).toString());
    child.on('error', (err) => {
      console.error(`Could not run Vitest: ${err.message}`);
      resolve({ run, exitCode: 1, output: output() });
    });
    child.on('close', (code) => resolve({ run, exitCode: code ?? 1, output: output() }));
  });
}

function printDurations(list: ProjectDuration[], wall: number) {
  if (list.length === 0) return;
  const order = ['domain', 'server', 'web', 'e2e', 'e2e-pages'];
  list.sort((a, b) => order.indexOf(a.project) - order.indexOf(b.project));
  console.log('');
  console.log('Duration per project (first file started to last file ended; the projects overlap):');
  for (const d of list) {
    const setup = d.startedAfter >= 1 ? `, first file ${seconds(d.startedAfter)} after its run started` : '';
    const files = `${d.files} ${d.files === 1 ? 'file' : 'files'}`.padStart(9);
    const tests = `${d.tests} ${d.tests === 1 ? 'test' : 'tests'}`.padStart(10);
    console.log(`  ${d.project.padEnd(9)} ${files} ${tests} ${seconds(d.seconds).padStart(11)}${setup}`);
  }
  console.log(`  whole run ${seconds(wall)}`);
}

function seconds(s: number): string {
  return s >= 60 ? `${Math.floor(s / 60)} min ${(s % 60).toFixed(0)} s` : `${s.toFixed(1)} s`;
}

function resultsFile(run: Run): string {
  return path.join(outDir, `vitest-results-${run.name}.json`);
}

function durationsFile(run: Run): string {
  return path.join(outDir, `vitest-durations-${run.name}.json`);
}

function readJson<T>(file: string): T | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

function firstLine(message: string | undefined): string {
  return (message ?? 'no message').split('\n')[0] ?? '';
}
