// Backup and restore of the demo workspace on a real embedded PostgreSQL, as `npm run backup` and
// `npm run restore` do them: the backup (one snapshot, COPY of every table into a gzip file) and
// the restore into an empty database (the file checked whole, then loaded, sequences set, audit
// chain verified and the restore audited in one transaction), each the median of 3. Then the same
// with 100,000 more audit entries, where verifying the chain's keyed hashes counts; and once the
// whole `npm run restore` into a new data directory, PostgreSQL's initdb included.
// Run: npx tsx bench/backup.ts   (npm run bench:backup)
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { readBackup } from '#server/backup/read';
import { restoreBackup } from '#server/backup/restore';
import { writeBackup } from '#server/backup/write';
import { entryHash } from '#server/core/audit-chain';
import { openConnection } from '#server/db/connection';
import { startEmbedded } from '#server/db/embedded';
import { EMBEDDED_ROLES, ensureEmbeddedRoles } from '#server/db/roles';
import { auditKeyFrom } from '#server/lib/audit-key';
import { fixedClock } from '#server/lib/clock';
import { randomToken } from '#server/lib/crypto';
import { seedDemo } from '#server/seed/demo';

const RUNS = 3;
const EXTRA_ENTRIES = 100_000;
const clock = fixedClock('2026-11-15T12:00:00Z');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'charter-bench-backup-'));
chmodSync(tmp, 0o755);
const dataDir = path.join(tmp, 'data');
const keySecret = randomToken();
const key = auditKeyFrom(keySecret);
const server = await startEmbedded(dataDir, () => undefined);
let databases = 0;

async function superQuery(text: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

const inDatabase = (url: string, name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();

async function measure(label: string, roles: { ownerUrl: string }) {
  const backups: number[] = [];
  let file = '';
  for (let i = 0; i < RUNS; i++) {
    file = path.join(tmp, `${label}-${i}.backup.gz`);
    const t0 = performance.now();
    await writeBackup({ url: roles.ownerUrl, file, key, charterVersion: 'bench', now: new Date() });
    backups.push(performance.now() - t0);
  }
  const checks: number[] = [];
  const loads: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const name = `restore_${++databases}`;
    await superQuery(`CREATE DATABASE ${name} OWNER ${EMBEDDED_ROLES.owner}`);
    const t0 = performance.now();
    const checked = await readBackup(file);
    const t1 = performance.now();
    await restoreBackup({
      file,
      checked,
      ownerUrl: inDatabase(roles.ownerUrl, name),
      appRole: EMBEDDED_ROLES.app,
      key,
      clock,
    });
    checks.push(t1 - t0);
    loads.push(performance.now() - t1);
    rows = Object.values(checked.rows).reduce((a, b) => a + b, 0);
  }
  console.log(
    `${label}: ${rows.toLocaleString('en-US')} rows, backup file ${kb(statSync(file).size)}; ` +
      `backup ${ms(median(backups))}; restore ${ms(median(checks) + median(loads))} ` +
      `(file checked ${ms(median(checks))}, loaded and verified ${ms(median(loads))}); median of ${RUNS}`,
  );
  return file;
}

async function addAuditEntries(appUrl: string, count: number) {
  const client = new pg.Client({ connectionString: appUrl });
  await client.connect();
  const [head] = (await client.query('SELECT hash FROM audit_entries ORDER BY id DESC LIMIT 1')).rows;
  let prev: string = head.hash;
  for (let done = 0; done < count; done += 1000) {
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const fields = {
        at: new Date(Date.parse('2026-11-15T12:00:00Z') + done + i),
        actorId: null,
        actorLabel: 'bench',
        action: 'bench.entry',
        targetType: 'bench',
        targetId: String(done + i),
        before: null,
        after: { n: done + i },
      };
      const hash = entryHash(prev, fields);
      const p = values.length;
      tuples.push(
        `($${p + 1}, 'bench', 'bench.entry', 'bench', $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6})`,
      );
      values.push(fields.at, fields.targetId, JSON.stringify(fields.after), prev, hash, key.sign('entry', hash));
      prev = hash;
    }
    await client.query(
      `INSERT INTO audit_entries (at, actor_label, action, target_type, target_id, after, prev_hash, hash, mac) VALUES ${tuples.join(', ')}`,
      values,
    );
  }
  await client.end();
}

try {
  const roles = await ensureEmbeddedRoles(dataDir, server.url);
  const database = await openConnection({ kind: 'embedded', ...roles });
  await seedDemo(database.db, clock, { audit: { key } });
  await database.close();

  const file = await measure('demo workspace', roles);
  await addAuditEntries(roles.appUrl, EXTRA_ENTRIES);
  await measure(`demo + ${EXTRA_ENTRIES.toLocaleString('en-US')} audit entries`, roles);

  // The operator's command into a new data directory: tsx start-up and initdb included.
  const fresh = path.join(tmp, 'fresh');
  mkdirSync(fresh, { mode: 0o755 });
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/restore.ts', file], {
    env: { ...process.env, DATA_DIR: fresh, DATABASE_URL: '', AUDIT_KEY: keySecret },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`npm run restore failed:\n${run.stdout}${run.stderr}`);
  console.log(`npm run restore of the demo into a new data directory: ${ms(performance.now() - t0)} in all`);
} finally {
  await server.stop();
  rmSync(tmp, { recursive: true, force: true });
}
