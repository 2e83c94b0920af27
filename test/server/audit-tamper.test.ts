import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryHash } from '#server/core/audit-chain';
import { CHECKPOINT_FILE } from '#server/features/audit/audit.checkpoint';
import { advanceCheckpoint } from '#server/features/audit/audit.checkpointer';
import { type Cluster, createEmbeddedTestApp, type EmbeddedTestApp, startCluster } from './embedded-harness';
import { type Client, DEMO } from './harness';

/**
 * Someone with full control of the database but without the audit key (a superuser, or the
 * owner) edits, removes or re-hashes entries: `/api/audit/verify` and `npm run audit:verify` tell.
 * Each test works on its own copy of the demo database.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let cluster: Cluster;
const apps: EmbeddedTestApp[] = [];
beforeAll(async () => {
  cluster = await startCluster();
}, 120_000);
afterAll(async () => {
  for (const app of apps) await app.close();
  await cluster?.stop();
});

type Checkpointed = EmbeddedTestApp & { ops: Client; viewer: Client };

/**
 * A copy of the demo with a few more entries, checkpointed at its head. Signing in writes an
 * entry, so the clients the test uses sign in before the checkpoint.
 */
async function checkpointed(): Promise<Checkpointed> {
  const t = await createEmbeddedTestApp(cluster);
  apps.push(t);
  const ops = await t.as(DEMO.ops);
  const viewer = await t.as(DEMO.viewer);
  for (let i = 0; i < 4; i++) await ops.post('/api/tokens', { name: `token ${i}`, scopes: ['read'] });
  const advanced = await advanceCheckpoint(t.db, t.key, t.anchorDir, t.clock);
  expect(advanced).toMatchObject({ written: true, problem: undefined });
  return Object.assign(t, { ops, viewer });
}

const verify = async (t: Checkpointed) => (await t.viewer.get('/api/audit/verify')).json();

async function headId(t: Checkpointed): Promise<number> {
  const [row] = (await t.asSuperuser('SELECT max(id)::int AS id FROM audit_entries')) as { id: number }[];
  return row?.id ?? 0;
}

/** As the superuser, with the append-only triggers out of the way for this session only. */
async function tamper(t: Checkpointed, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: t.urls.superUrl });
  await client.connect();
  try {
    await client.query('SET session_replication_role = replica');
    await work(client);
  } finally {
    await client.end();
  }
}

type Row = {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string;
  target_id: string | null;
  before: unknown;
  after: unknown;
  prev_hash: string;
  hash: string;
};

/** Rewrites entry `from`'s actor and re-hashes it and every later entry, as a careful forger would. */
async function rewriteAndRehash(client: pg.Client, from: number, mac: 'keep' | 'drop'): Promise<void> {
  const { rows } = await client.query<Row>('SELECT * FROM audit_entries WHERE id >= $1 ORDER BY id', [from]);
  let prev = rows[0]?.prev_hash ?? '';
  for (const row of rows) {
    const label = Number(row.id) === from ? 'someone-else' : row.actor_label;
    const hash = entryHash(prev, {
      at: row.at,
      actorId: row.actor_id,
      actorLabel: label,
      action: row.action,
      targetType: row.target_type,
      targetId: row.target_id,
      before: row.before,
      after: row.after,
    });
    await client.query(
      `UPDATE audit_entries SET actor_label = $2, prev_hash = $3, hash = $4${mac === 'drop' ? ', mac = NULL' : ''} WHERE id = $1`,
      [row.id, label, prev, hash],
    );
    prev = hash;
  }
}

function runVerifyCli(
  t: EmbeddedTestApp,
  options = { withKey: true },
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DATA_DIR: t.anchorDir,
        DATABASE_URL: t.urls.appUrl,
        MIGRATION_DATABASE_URL: t.urls.ownerUrl,
        AUDIT_KEY: options.withKey ? cluster.keySecret : '',
      },
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

describe('tampering by someone without the audit key', () => {
  it('names an edited entry', async () => {
    const t = await checkpointed();
    await tamper(t, (c) => c.query("UPDATE audit_entries SET actor_label = 'someone-else' WHERE id = 3").then());
    expect(await verify(t)).toMatchObject({ ok: false, problem: 'altered', firstBrokenId: 3 });
  });

  it('tells that the newest entries were removed, in the API and in npm run audit:verify', async () => {
    const t = await checkpointed();
    const head = await headId(t);
    await tamper(t, (c) => c.query('DELETE FROM audit_entries WHERE id > $1', [head - 2]).then());
    const body = await verify(t);
    expect(body).toMatchObject({ ok: false, problem: 'truncated', firstBrokenId: null });
    expect(body.message).toContain(`ends at entry ${head - 2}`);
    expect(body.message).toContain(`recorded entry ${head} as its newest`);
    const cli = await runVerifyCli(t);
    expect(cli.output).toContain('Audit chain broken (truncated)');
    expect(cli.code).toBe(1);
    // New entries after the cut do not hide it.
    await t.ops.post('/api/tokens', { name: 'after the cut', scopes: ['read'] });
    const later = await verify(t);
    expect(later).toMatchObject({ ok: false, problem: 'truncated', firstBrokenId: head + 1 });
    expect(later.message).toContain(`Entry ${head}, the newest when the checkpoint`);
    // The checkpoint is evidence: advancing again leaves it as it was, and says why.
    const again = await advanceCheckpoint(t.db, t.key, t.anchorDir, t.clock);
    expect(again).toMatchObject({ written: false, checkpoint: { headId: head } });
    expect(again.problem).toContain('entries were removed');
  }, 60_000);

  it('tells that a range was rewritten and re-hashed', async () => {
    const t = await checkpointed();
    const head = await headId(t);
    await tamper(t, (c) => rewriteAndRehash(c, head - 3, 'keep'));
    expect(await verify(t)).toMatchObject({ ok: false, problem: 'rehashed', firstBrokenId: head - 3 });
  });

  it('tells that keyed hashes were stripped from a re-hashed range', async () => {
    const t = await checkpointed();
    const head = await headId(t);
    await tamper(t, (c) => rewriteAndRehash(c, head - 3, 'drop'));
    expect(await verify(t)).toMatchObject({ ok: false, problem: 'unkeyed', firstBrokenId: head - 3 });
  });

  it('tells a re-hashed range from the checkpoint alone when the key is not at hand', async () => {
    const t = await checkpointed();
    const head = await headId(t);
    await tamper(t, (c) => rewriteAndRehash(c, head - 3, 'keep'));
    const cli = await runVerifyCli(t, { withKey: false });
    expect(cli.output).toContain('keyed hashes not checked');
    expect(cli.output).toContain(`Audit chain broken at entry ${head} (diverged)`);
    expect(cli.code).toBe(1);
  }, 60_000);

  it('refuses a checkpoint edited by hand', async () => {
    const t = await checkpointed();
    const file = path.join(t.anchorDir, CHECKPOINT_FILE);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...stored, headId: stored.headId - 2 }));
    expect(await verify(t)).toMatchObject({ ok: false, problem: 'checkpoint_invalid' });
    const status = await (await (await t.as(DEMO.ops)).get('/api/audit/checkpoint')).json();
    expect(status).toMatchObject({
      checkpoint: null,
      problem: 'The checkpoint file was not written with this audit key.',
    });
    writeFileSync(file, '{ not json');
    expect(await verify(t)).toMatchObject({ ok: false, problem: 'checkpoint_invalid' });
  });

  it("tells an entry the app's own role slipped in by hand, hash and all, but without the key", async () => {
    const t = await checkpointed();
    const [last] = (await t.asSuperuser('SELECT hash FROM audit_entries ORDER BY id DESC LIMIT 1')) as {
      hash: string;
    }[];
    const at = new Date('2026-11-15T12:00:00Z');
    const fields = {
      at,
      actorId: null,
      actorLabel: 'system',
      action: 'x',
      targetType: 'x',
      targetId: null,
      before: null,
      after: null,
    };
    const hash = entryHash(last?.hash ?? '', fields);
    await t.db.execute(
      sql`INSERT INTO audit_entries (at, actor_label, action, target_type, prev_hash, hash)
          VALUES (${at}, 'system', 'x', 'x', ${last?.hash}, ${hash})`,
    );
    expect(await verify(t)).toMatchObject({ ok: false, problem: 'unkeyed' });
  });

  it('passes an untouched log with its checkpoint, in the API and in npm run audit:verify', async () => {
    const t = await checkpointed();
    const head = await headId(t);
    const body = await verify(t);
    expect(body).toMatchObject({ ok: true, keyed: true, checkpoint: { headId: head } });
    const status = await (await t.ops.get('/api/audit/checkpoint')).json();
    expect(status).toMatchObject({ checkpoint: { headId: head }, keyed: true, problem: null });
    const cli = await runVerifyCli(t);
    expect(cli.output).toContain(`Audit chain intact: ${body.entries} entries, keyed hashes checked`);
    expect(cli.code).toBe(0);
  }, 60_000);
});
