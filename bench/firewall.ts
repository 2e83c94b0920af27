// The firewall check under load, on the real server: `server/main.ts` in a child process over an
// embedded PostgreSQL in a temporary DATA_DIR (seeded with the demo workspace), on loopback.
// Single-contact checks naming their workflow (as the automation platform does; the first one
// registers it) with a firewall:check token for 10 s at 50 connections, in two rounds
// taking turns with GET /api/health/live on the same server, a constant JSON answer: the framework's ceiling.
// For context, GET /api/health (one SELECT 1) and the constant endpoint behind the token. A check
// makes two statements (its contacts, then its request with its blocks), each shared with the
// checks arriving meanwhile (docs/decisions/009, 010). Then one 10,000-contact check, median of 5,
// and for context the same with every segment expired, and with a pilot running over 40% of them.
// Targets: check/constant ≥ 0.5, check p99 < 10 ms, 10,000-contact check < 100 ms.
// Run: npx tsx bench/firewall.ts   (npm run bench:firewall)
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { findRunningEmbedded } from '#server/db/embedded';

type Result = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
type Autocannon = (opts: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const DURATION_S = 10;
const CONNECTIONS = 50;
const ROUNDS = 2;
const BIG = 10_000;
const TARGETS = { ratio: 0.5, p99Ms: 10, bigMs: 100 };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

async function waitForHealth(base: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not come up within 150 s');
}

async function createToken(base: string): Promise<string> {
  const json = { 'content-type': 'application/json', origin: base };
  const signIn = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: 'omar.ops@example.com', password: 'charter-demo' }),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
  const res = await fetch(`${base}/api/tokens`, {
    method: 'POST',
    headers: { ...json, cookie },
    body: JSON.stringify({ name: 'bench', scopes: ['firewall:check'] }),
  });
  if (res.status !== 201) throw new Error(`token: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/**
 * 10,000 more contacts spread over the demo segments, written straight into the database. They
 * have no date attributes, so their segment never expires ('infinity'): the check reads their
 * stored segment, as it does for any contact whose time edge is still ahead (docs/decisions/014).
 */
async function addContacts(dataDir: string): Promise<string[]> {
  await onDatabase(dataDir, async (client) => {
    await client.query(
      `INSERT INTO contacts (id, attributes, segment_key, entered_at, updated_at, fresh_until)
       SELECT 'BENCH-' || g, '{}'::jsonb,
         (ARRAY['new-lead','evaluation','active-customer','at-risk','dormant'])[1 + g % 5], now(), now(), 'infinity'
       FROM generate_series(1, $1::int) AS g`,
      [BIG],
    );
    await client.query('ANALYZE contacts');
  });
  return Array.from({ length: BIG }, (_, i) => `BENCH-${i + 1}`);
}

async function onDatabase(dataDir: string, run: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const running = findRunningEmbedded(dataDir);
  if (!running) throw new Error('the embedded PostgreSQL is not running');
  const client = new pg.Client({ connectionString: running.url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

/**
 * A running pilot over the bench contacts, written straight into the database (its cohorts as a
 * pilot's start would fix them) and announced as a policy change, so the server reloads.
 */
async function startBenchPilot(dataDir: string): Promise<void> {
  await onDatabase(dataDir, async (client) => {
    await client.query(`UPDATE contacts SET fresh_until = 'infinity' WHERE id LIKE 'BENCH-%'`);
    const { rows } = await client.query(
      `SELECT id, segment_key, proposer_id FROM change_proposals WHERE status = 'open' AND segment_key IS NOT NULL LIMIT 1`,
    );
    const p = rows[0] as { id: string; segment_key: string; proposer_id: string } | undefined;
    if (!p) throw new Error('the demo workspace has no open segment proposal');
    const pilot = await client.query(
      `INSERT INTO pilots (id, proposal_id, segment_key, proposal_revision, share_percent, started_by, starts_at,
         ends_at, eligible, pilot_size, control_size)
       VALUES (gen_random_uuid(), $1, $2, 1, 20, $3, now(), now() + interval '14 days', $4, $5, $5) RETURNING id`,
      [p.id, p.segment_key, p.proposer_id, BIG, BIG / 5],
    );
    await client.query(
      `INSERT INTO pilot_members (pilot_id, contact_id, cohort, segment_before, segment_pilot)
       SELECT $1, c.id, CASE WHEN right(c.id, 1) IN ('0', '5') THEN 'pilot' ELSE 'control' END, c.segment_key, $2
       FROM contacts c WHERE c.id LIKE 'BENCH-%' AND right(c.id, 1) IN ('0', '1', '5', '6')`,
      [pilot.rows[0].id, p.segment_key],
    );
    await client.query(`SELECT pg_notify('charter_policy', '')`);
  });
}

/** The median of five 10,000-contact checks, after one that warms the plan and the policy. */
async function bigCheck(base: string, auth: Record<string, string>, body: string, piloted = false) {
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const start = performance.now();
    const res = await fetch(`${base}/api/firewall/check`, { method: 'POST', headers: auth, body });
    const out = (await res.json()) as { decisions?: { pilot?: unknown }[] };
    if (res.status !== 200 || out.decisions?.length !== BIG) throw new Error(`big check: ${res.status}`);
    if (piloted && i > 0 && !out.decisions.some((d) => d.pilot)) throw new Error('no decision named the pilot');
    if (i > 0) times.push(performance.now() - start);
  }
  return { times, median: [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

async function load(title: string, opts: Record<string, unknown>): Promise<Result> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...opts });
  console.log(
    `${title.padEnd(40)} ${fmt(result.requests.average).padStart(8)} req/s   p50 ${String(result.latency.p50).padStart(3)} ms   p99 ${String(result.latency.p99).padStart(3)} ms   non-2xx ${result.non2xx}`,
  );
  return result;
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'charter-bench-firewall-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHealth(base, child);
    const token = await createToken(base);
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const one = JSON.stringify({
      channel: 'email',
      contactIds: ['CRM-100001'],
      workflow: { platform: 'braze', externalId: 'bench-canvas' },
    });
    console.log(
      `Firewall check on the real server (embedded PostgreSQL), ${CONNECTIONS} connections, ${DURATION_S} s each\n`,
    );

    // Both endpoints warm before either is measured: a cold ceiling would flatter the ratio. Then
    // they take turns, so a slow spell of the machine weighs on both alike.
    const checkOpts = { url: `${base}/api/firewall/check`, method: 'POST', headers: auth, body: one };
    const constantOpts = { url: `${base}/api/health/live` };
    await autocannon({ ...checkOpts, connections: CONNECTIONS, duration: 3 });
    await autocannon({ ...constantOpts, connections: CONNECTIONS, duration: 3 });
    const rounds: { constant: Result; check: Result }[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const constant = await load(`GET /api/health/live (constant) #${round}`, constantOpts);
      const check = await load(`POST /api/firewall/check (1 contact) #${round}`, checkOpts);
      rounds.push({ constant, check });
    }
    // Context, not targets: one database round trip, and the constant endpoint behind the token.
    await load('GET /api/health (SELECT 1)', { url: `${base}/api/health` });
    await load('GET /api/health/live with the token', { ...constantOpts, headers: auth });
    // How far p99 depends on the load: the same check with 10 connections instead of 50.
    await load('POST /api/firewall/check at 10 connections', { ...checkOpts, connections: 10 });

    const ids = await addContacts(dataDir);
    const body = JSON.stringify({
      channel: 'email',
      contactIds: ids,
      workflow: { platform: 'braze', externalId: 'bench-canvas' },
    });
    const { times, median } = await bigCheck(base, auth, body);
    // Context: the worst case of the freshness rule, every contact's segment possibly expired
    // (as before the first freshness pass after an upgrade), so the check evaluates all 10,000.
    await onDatabase(dataDir, (client) =>
      client.query(`UPDATE contacts SET fresh_until = NULL WHERE id LIKE 'BENCH-%'`),
    );
    const expired = await bigCheck(base, auth, body);
    // Context: the same check while a pilot runs with a fifth of these contacts in each cohort
    // (docs/pilots.md, "The firewall"): a map lookup per contact, the same one read and one write.
    await startBenchPilot(dataDir);
    const piloted = await bigCheck(base, auth, body, true);

    const sum = (f: (r: { constant: Result; check: Result }) => number) => rounds.reduce((n, r) => n + f(r), 0);
    const ratio = sum((r) => r.check.requests.average) / sum((r) => r.constant.requests.average);
    const p99 = Math.max(...rounds.map((r) => r.check.latency.p99)); // the worse round
    const constantP99 = Math.max(...rounds.map((r) => r.constant.latency.p99));
    const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
    console.log(
      `\n10,000-contact check (median of 5)  ${fmt(median, 1)} ms   [${times.map((t) => fmt(t, 0)).join(', ')}]`,
    );
    console.log(
      `  every contact expired (evaluated)  ${fmt(expired.median, 1)} ms   [${expired.times.map((t) => fmt(t, 0)).join(', ')}]`,
    );
    console.log(
      `  with a pilot running (40% in cohorts) ${fmt(piloted.median, 1)} ms   [${piloted.times.map((t) => fmt(t, 0)).join(', ')}]`,
    );
    console.log(
      `check / constant (all rounds)       ${ratio.toFixed(2)}   target ≥ ${TARGETS.ratio}: ${met(ratio >= TARGETS.ratio)}`,
    );
    console.log(
      `check p99 (worse round)             ${p99} ms   target < ${TARGETS.p99Ms} ms: ${met(p99 < TARGETS.p99Ms)}   (constant endpoint: ${constantP99} ms)`,
    );
    console.log(
      `10,000-contact check                ${fmt(median, 1)} ms   target < ${TARGETS.bigMs} ms: ${met(median < TARGETS.bigMs)}`,
    );
    console.log(
      `machine: ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    if (sum((r) => r.check.non2xx + r.constant.non2xx) > 0) throw new Error('some requests failed');
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
