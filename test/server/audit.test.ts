import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { superQuery } from '#test/db/shared-postgres';
import { type Cluster, createEmbeddedTestApp, type EmbeddedTestApp, startCluster } from './embedded-harness';
import { DEMO } from './harness';

/**
 * The audit log on the real embedded PostgreSQL, with the app connected as its real role: the
 * reading side (list, filters, CSV, who may read) and what the app's own connection cannot do.
 * Tampering by someone with more than the app's rights is in audit-tamper.test.ts.
 */

let cluster: Cluster;
let t: EmbeddedTestApp;
beforeAll(async () => {
  cluster = await startCluster();
  t = await createEmbeddedTestApp(cluster);
  const ops = await t.as(DEMO.ops);
  for (let i = 0; i < 3; i++) await ops.post('/api/tokens', { name: `token ${i}`, scopes: ['read'] });
}, 120_000);
afterAll(async () => {
  await t?.close();
  await cluster?.stop();
});

const refusal = async (statement: string) => {
  const err = await t.db.execute(sql.raw(statement)).then(
    () => null,
    (e: { code?: string; cause?: { code?: string; message?: string } }) => e.cause ?? e,
  );
  return err ? { code: err.code, message: (err as { message?: string }).message } : null;
};

describe('audit log, read through the API', () => {
  it('verifies an intact chain, every entry keyed', async () => {
    const body = await (await (await t.as(DEMO.viewer)).get('/api/audit/verify')).json();
    expect(body).toMatchObject({ ok: true, keyed: true, checkpoint: null });
    expect(body.entries).toBeGreaterThan(5);
  });

  it('pages newest first with a cursor and filters by actor, action and date', async () => {
    const ops = await t.as(DEMO.ops);
    const first = await (await ops.get('/api/audit?limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(first.items[0].id).toBeGreaterThan(first.items[1].id);
    expect(first.total).toBeGreaterThan(2);
    const second = await (await ops.get(`/api/audit?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).toBeLessThan(first.items[1].id);
    const mine = await (await ops.get(`/api/audit?actor=omar&action=tokens.`)).json();
    expect(mine.items.length).toBe(3);
    expect(mine.items.every((e: { action: string }) => e.action === 'tokens.created')).toBe(true);
    const future = await (await ops.get('/api/audit?from=2030-01-01')).json();
    expect(future.items).toEqual([]);
    expect((await ops.get('/api/audit?from=yesterday')).status).toBe(422);
  });

  it('exports CSV', async () => {
    const res = await (await t.as(DEMO.ops)).get('/api/audit/export.csv?action=tokens.created');
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe('id,at,actorId,actor,action,targetType,targetId,before,after,prevHash,hash');
    expect(lines).toHaveLength(4);
  });

  it('is closed to marketers, to tokens without the read scope and to nobody signed in', async () => {
    const marketer = await t.as(DEMO.marketer);
    const created = await (await t.as(DEMO.ops)).post('/api/tokens', { name: 'checker', scopes: ['firewall:check'] });
    const checker = t.withToken((await created.json()).token);
    for (const route of ['/api/audit', '/api/audit/verify', '/api/audit/checkpoint', '/api/audit/export.csv']) {
      expect((await marketer.get(route)).status, route).toBe(403);
      expect((await checker.get(route)).status, route).toBe(403);
      expect((await t.anonymous.get(route)).status, route).toBe(401);
    }
  });

  it('keys the entries of refused attempts too, which are written after the request failed', async () => {
    await (await t.as(DEMO.marketer)).get('/api/audit/verify');
    const [refused] = (await t.asSuperuser(
      "SELECT id, mac FROM audit_entries WHERE action = 'access.refused' ORDER BY id DESC LIMIT 1",
    )) as { id: string; mac: string | null }[];
    expect(refused?.mac).toMatch(/^[0-9a-f]{64}$/);
    expect(await (await (await t.as(DEMO.viewer)).get('/api/audit/verify')).json()).toMatchObject({ ok: true });
  });

  it('keys a refusal whose path holds a NUL as it stores it: cleaned first, then hashed and keyed', async () => {
    const res = await (await t.as(DEMO.marketer)).post('/api/firewall/settings/proposals/a%00b/approve', {});
    expect(res.status).toBe(403);
    const [refused] = (await t.asSuperuser(
      "SELECT target_id, mac FROM audit_entries WHERE action = 'access.refused' ORDER BY id DESC LIMIT 1",
    )) as { target_id: string; mac: string | null }[];
    expect(refused?.target_id).toBe('POST /api/firewall/settings/proposals/a\uFFFDb/approve');
    expect(refused?.mac).toMatch(/^[0-9a-f]{64}$/);
    const verify = await (await t.as(DEMO.viewer)).get('/api/audit/verify');
    expect(await verify.json()).toMatchObject({ ok: true, keyed: true });
  });

  it('shows the checkpoint, and shrugs off hostile query strings on the endpoints without input', async () => {
    const ops = await t.as(DEMO.ops);
    const before = await (await ops.get('/api/audit/checkpoint')).json();
    expect(before).toEqual({ checkpoint: null, intervalSeconds: 60, keyed: true, problem: null });
    for (const query of ['?x=%00', '?__proto__[a]=1', '?constructor=%ED%A0%80', `?x=${'a'.repeat(1_000_000)}`]) {
      expect((await ops.get(`/api/audit/checkpoint${query}`)).status).toBe(200);
      expect((await ops.get(`/api/audit/verify${query}`)).status).toBe(200);
    }
  });

  it('answers hostile filters with 4xx naming the field, never 5xx', async () => {
    const ops = await t.as(DEMO.ops);
    const nul = await ops.get('/api/audit?actor=%00');
    expect(nul.status).toBe(422);
    expect(await nul.json()).toMatchObject({ issues: [expect.objectContaining({ path: ['actor'] })] });
    // A lone surrogate cannot arrive in a URL (it is not UTF-8); its bytes decode to U+FFFD.
    expect((await ops.get('/api/audit?target=%ED%A0%80')).status).toBe(200);
    const long = await ops.get(`/api/audit?actor=${'a'.repeat(1_000_000)}`);
    expect(long.status).toBe(422);
    expect(await long.json()).toMatchObject({ issues: [expect.objectContaining({ path: ['actor'] })] });
    expect((await ops.get('/api/audit?__proto__=x')).status).toBe(422);
  });
});

describe("the app's own connection", () => {
  it('is neither a superuser nor the owner of any table', async () => {
    const result = (await t.db.execute(
      sql`SELECT current_user AS role, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
    )) as unknown as { rows: { role: string; superuser: boolean }[] };
    expect(result.rows).toEqual([{ role: 'charter_app', superuser: false }]);
    const owned = (await t.asSuperuser(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tableowner <> 'charter_owner'",
    )) as { n: number }[];
    expect(owned).toEqual([{ n: 0 }]);
  });

  it('cannot change, remove or empty audit entries, nor switch off the triggers that guard them', async () => {
    for (const statement of [
      "UPDATE audit_entries SET action = 'x'",
      'DELETE FROM audit_entries',
      'TRUNCATE audit_entries',
      'ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only',
      'ALTER TABLE audit_entries DISABLE TRIGGER ALL',
      'DROP TRIGGER audit_entries_append_only ON audit_entries',
      'ALTER TABLE audit_entries OWNER TO charter_app',
      'SET session_replication_role = replica',
      'SET ROLE charter_owner',
      'SELECT * FROM audit_entries FOR UPDATE',
    ]) {
      expect(await refusal(statement), statement).toMatchObject({ code: '42501' });
    }
  });

  it('leaves the triggers as the line that holds even against the owner', async () => {
    for (const statement of [
      "UPDATE audit_entries SET action = 'x'",
      'DELETE FROM audit_entries',
      'TRUNCATE audit_entries',
    ]) {
      await expect(superQuery(t.urls.ownerUrl, statement), statement).rejects.toThrow('audit entries are append-only');
    }
  });

  it('may only add to segment versions and firewall decisions', async () => {
    const columns = {
      segment_versions: 'version',
      firewall_requests: 'at',
      firewall_block_groups: 'at',
      firewall_allow_groups: 'at',
    };
    for (const [table, column] of Object.entries(columns)) {
      const update = `UPDATE ${table} SET ${column} = ${column}`;
      for (const statement of [update, `DELETE FROM ${table}`, `TRUNCATE ${table}`]) {
        expect(await refusal(statement), statement).toMatchObject({ code: '42501' });
      }
      expect(await refusal(`SELECT count(*) FROM ${table}`)).toBeNull();
    }
  });
});
