// Lighthouse (mobile: a mid-range phone on a slow 4G connection, simulated) on the built app as
// `npm start` serves it: sign-in, home, segments, the exception wizard and the monthly review.
// Prints performance and accessibility per page against the targets (95 and 100). The app runs
// as its own process over an embedded PostgreSQL with the demo workspace, in a temporary data
// directory; Chromium is Debian's (CHROMIUM_PATH to use another), with the flags the browser tests
// use. Everything it starts is stopped before it exits.
// Run: npx tsx bench/lighthouse.ts   (npm run bench:lighthouse)
//   npm run bench:lighthouse -- home review     only the pages named
//   LIGHTHOUSE_RUNS=<n>                           runs per page, the median kept (3)
//   LIGHTHOUSE_REPORTS=<dir>                      also keeps each page's median report as JSON there
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { DEMO_PASSWORD } from '#server/seed/demo';

const TARGETS = { performance: 95, accessibility: 100 };
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PAGES: { name: string; path: string; as?: string }[] = [
  { name: 'sign-in', path: '/sign-in' },
  { name: 'home', path: '/', as: 'mia.marketer@example.com' },
  { name: 'segments', path: '/segments', as: 'dana.owner@example.com' },
  { name: 'wizard', path: '/exceptions/new?segment=evaluation', as: 'mia.marketer@example.com' },
  { name: 'review', path: '/review', as: 'dana.owner@example.com' },
];

const only = process.argv.slice(2);
const unknown = only.filter((name) => !PAGES.some((p) => p.name === name));
if (unknown.length > 0) {
  console.error(`No such page: ${unknown.join(', ')} (pages: ${PAGES.map((p) => p.name).join(', ')})`);
  process.exit(2);
}
const reports = process.env.LIGHTHOUSE_REPORTS;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('LIGHTHOUSE_RUNS must be a whole number of at least 1');

const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'charter-lighthouse-'));
// Run as root, the embedded PostgreSQL runs as its own user, which must reach its data directory.
chmodSync(dir, 0o755);
const started: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, what: string, child: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited early:\n${output.get(child) ?? ''}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer ${url} in time`);
}

const output = new Map<ChildProcess, string>();

/** Its own process group, so that stopping it also stops its embedded PostgreSQL. */
function start(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: unknown) => output.set(child, `${output.get(child) ?? ''}${chunk}`.slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  started.push(child);
  return child;
}

let stopping = false;
async function stopAll() {
  stopping = true;
  for (const child of started.reverse()) {
    if (child.exitCode !== null || child.pid === undefined) continue;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  }
  rmSync(dir, { recursive: true, force: true });
}

async function sessionCookie(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`signing in as ${email}: ${res.status}`);
  return res.headers.get('set-cookie')?.split(';')[0] ?? '';
}

type Measured = {
  name: string;
  performance: number;
  accessibility: number;
  failing: string[];
  metrics: string;
  lhr: object;
};

/** One Lighthouse run of one page, signed in as the page's user when it has one. */
async function measure(base: string, port: number, page: (typeof PAGES)[number]): Promise<Measured> {
  const cookie = page.as ? await sessionCookie(base, page.as) : undefined;
  const result = await lighthouse(
    `${base}${page.path}`,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    },
    undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${page.name}`);
  const { categories, audits, runtimeError } = result.lhr;
  // A page Lighthouse could not measure (it never painted, the navigation failed) scores 0.
  if (runtimeError) console.log(`  ${page.name}: not measured: ${runtimeError.code} ${runtimeError.message}`);
  const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
  const failing = (categories.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0)
    .map((ref) => ref.id);
  const metrics = [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
  ]
    .map((id) => `${id.replace(/-/g, ' ')} ${audits[id]?.displayValue ?? '?'}`)
    .join(', ');
  return {
    name: page.name,
    performance: score('performance'),
    accessibility: score('accessibility'),
    failing,
    metrics,
    lhr: result.lhr,
  };
}

try {
  const dist = path.join(dir, 'dist');
  console.log('Building the app…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dist, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const appPort = await freePort();
  const base = `http://127.0.0.1:${appPort}`;
  const app = start(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    ...process.env,
    PORT: String(appPort),
    HOST: '127.0.0.1',
    DATA_DIR: path.join(dir, 'data'),
    DATABASE_URL: '',
    SEED: 'demo',
    CHARTER_STATIC_DIR: dist,
  });
  console.log('Starting Charter with the demo workspace…');
  await waitFor(`${base}/api/health`, 'Charter', app);
  // A server that stops in the middle of the runs says why, rather than leaving a refused connection.
  app.once('exit', (code, signal) => {
    if (!stopping) console.error(`Charter stopped (${code ?? signal}) during the runs:\n${output.get(app) ?? ''}`);
  });

  const debugPort = await freePort();
  const chrome = start(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [...FLAGS, `--remote-debugging-port=${debugPort}`, `--user-data-dir=${path.join(dir, 'chromium')}`, 'about:blank'],
    process.env,
  );
  await waitFor(`http://127.0.0.1:${debugPort}/json/version`, 'Chromium', chrome);

  const rows: Measured[] = [];
  for (const page of PAGES.filter((p) => only.length === 0 || only.includes(p.name))) {
    // Several runs, the median kept: one slow run on a busy machine says little about the page.
    const runs: Measured[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(base, debugPort, page));
    runs.sort((a, b) => a.performance - b.performance);
    const median = runs[Math.floor(runs.length / 2)];
    if (!median) throw new Error(`no run of ${page.name}`);
    rows.push(median);
    const all = RUNS > 1 ? ` (runs: ${runs.map((r) => r.performance).join(', ')})` : '';
    console.log(`  ${page.name}: ${median.metrics}${all}`);
    if (reports) {
      mkdirSync(reports, { recursive: true });
      writeFileSync(path.join(reports, `${page.name}.json`), JSON.stringify(median.lhr));
    }
  }

  console.log(
    `\npage       performance  accessibility   (targets ≥ ${TARGETS.performance} and ${TARGETS.accessibility})`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(10)} ${String(r.performance).padStart(11)}  ${String(r.accessibility).padStart(13)}${
        r.failing.length ? `   failing: ${r.failing.join(', ')}` : ''
      }`,
    );
  }
  const missed = rows.filter((r) => r.performance < TARGETS.performance || r.accessibility < TARGETS.accessibility);
  console.log(
    missed.length === 0 ? 'Every page meets both targets.' : `Below target: ${missed.map((r) => r.name).join(', ')}`,
  );
  console.log(
    `Median of ${RUNS} run(s) per page; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}.`,
  );
  process.exitCode = missed.length === 0 ? 0 : 1;
} finally {
  await stopAll();
}
