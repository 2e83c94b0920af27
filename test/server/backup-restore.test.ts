import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError } from '#server/backup/format';
import { missingKey, problemsOf, readBackup } from '#server/backup/read';
import { restoreBackup } from '#server/backup/restore';
import { writeBackup } from '#server/backup/write';
import { EMBEDDED_ROLES } from '#server/db/roles';
import { auditKeyFrom } from '#server/lib/audit-key';
import { fixedClock } from '#server/lib/clock';
import { superQuery } from '#test/db/shared-postgres';
import { type Cluster, createEmbeddedTestApp, type DatabaseUrls, startCluster, TEST_START } from './embedded-harness';
import { DEMO } from './harness';

/**
 * Backup and restore on the real embedded PostgreSQL: a backup of the seeded demo taken while the
 * app writes, restored into a fresh database, has every row and an audit chain that verifies.
 */

let cluster: Cluster;
let file: string;
let source: DatabaseUrls;
beforeAll(async () => {
  cluster = await startCluster();
  const t = await createEmbeddedTestApp(cluster);
  source = t.urls;
  const ops = await t.as(DEMO.ops);
  file = path.join(cluster.tmp, 'demo.backup.gz');
  // The app keeps writing while the backup runs: the backup is one snapshot all the same.
  let writing = true;
  const writer = (async () => {
    for (let i = 0; writing; i++) await ops.post('/api/tokens', { name: `during ${i}`, scopes: ['read'] });
  })();
  await writeBackup({ url: source.ownerUrl, file, key: cluster.key, charterVersion: 'test', now: new Date() });
  writing = false;
  await writer;
  await t.close();
}, 120_000);
afterAll(() => cluster?.stop());

const restoreInto = async (target: DatabaseUrls, backup = file) => {
  const checked = await readBackup(backup);
  return restoreBackup({
    file: backup,
    checked,
    ownerUrl: target.ownerUrl,
    appRole: EMBEDDED_ROLES.app,
    key: cluster.key,
    clock: fixedClock(TEST_START),
  });
};

async function counts(url: string): Promise<Record<string, number>> {
  const tables = await superQuery<{ name: string }>(
    url,
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
  );
  const out: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await superQuery<{ n: number }>(url, `SELECT count(*)::int AS n FROM public."${name}"`);
    out[name] = row?.n ?? 0;
  }
  return out;
}

/** Rewrites a backup's uncompressed text, as someone editing the file would. */
function edited(name: string, change: (text: string) => string): string {
  const out = path.join(cluster.tmp, name);
  writeFileSync(out, gzipSync(change(gunzipSync(readFileSync(file)).toString('utf8'))));
  return out;
}

describe('backup and restore', () => {
  it('restores every row of the demo into a fresh database, the audit chain verified, the app working', async () => {
    const checked = await readBackup(file);
    expect(problemsOf(checked, cluster.key)).toEqual([]);
    expect(missingKey(checked, cluster.key)).toBeNull();
    const target = await cluster.newDatabase({ empty: true });
    const summary = await restoreInto(target);

    const { firewall_block_days: _b, firewall_request_days: _r, ...restored } = await counts(target.superUrl);
    const expected = { ...checked.trailer.rows, audit_entries: (checked.trailer.rows.audit_entries ?? 0) + 1 };
    expect(restored).toEqual(expected);
    // Tables the app did not write to during the backup hold exactly what the source holds.
    const now = await counts(source.superUrl);
    for (const table of Object.keys(restored).filter((n) => !['api_tokens', 'audit_entries', 'sessions'].includes(n))) {
      expect(restored[table], table).toBe(now[table]);
    }
    // The day counts are not in the file: restoring the decisions rebuilt them, to the same figures.
    const figures = `SELECT (SELECT coalesce(sum(contacts), 0)::int FROM firewall_block_days) AS blocked,
        (SELECT coalesce(sum(requests), 0)::int FROM firewall_request_days) AS requests,
        (SELECT coalesce(sum(contact_count), 0)::int FROM firewall_block_groups) AS decided`;
    const [before] = await superQuery<{ blocked: number; requests: number; decided: number }>(source.superUrl, figures);
    const [after] = await superQuery<{ blocked: number; requests: number; decided: number }>(target.superUrl, figures);
    expect(after).toEqual(before);
    expect(after?.blocked).toBe(after?.decided);
    expect(after?.blocked).toBeGreaterThan(0);
    expect(restored.contacts).toBeGreaterThan(100);
    // One snapshot: each token written during the backup is there with its audit entry, or neither is.
    const [pairs] = await superQuery<{ tokens: number; entries: number }>(
      target.superUrl,
      `SELECT (SELECT count(*)::int FROM api_tokens) AS tokens,
              (SELECT count(*)::int FROM audit_entries WHERE action = 'tokens.created') AS entries`,
    );
    expect(pairs?.tokens).toBe(pairs?.entries);
    expect(now.api_tokens).toBeGreaterThan(0);

    const t = await createEmbeddedTestApp(cluster, target);
    try {
      const ops = await t.as(DEMO.ops);
      const verify = await (await ops.get('/api/audit/verify')).json();
      expect(verify).toMatchObject({ ok: true, keyed: true });
      const [entry] = (await (await ops.get('/api/audit?action=database.restored')).json()).items;
      expect(entry).toMatchObject({ id: summary.restoredEntryId, after: { rows: checked.rows } });
      // Sequences went past every id the source handed out: new rows do not collide.
      expect((await ops.post('/api/tokens', { name: 'after restore', scopes: ['read'] })).status).toBe(201);
    } finally {
      await t.close();
    }
  }, 60_000);

  it('refuses a database that is not empty, and leaves it as it was', async () => {
    const target = await cluster.newDatabase();
    const before = await counts(target.superUrl);
    await expect(restoreInto(target)).rejects.toThrow(/not empty/);
    expect(await counts(target.superUrl)).toEqual(before);
  });

  it('tells a damaged or edited file before touching the database', async () => {
    const cut = path.join(cluster.tmp, 'cut.backup.gz');
    writeFileSync(cut, readFileSync(file).subarray(0, 2000));
    await expect(readBackup(cut)).rejects.toThrow(BackupError);

    const changed = edited('changed.backup.gz', (text) =>
      text.replace('dana.owner@example.com', 'dana.other@example.com'),
    );
    expect(problemsOf(await readBackup(changed), cluster.key)).toContain(
      'its content does not match the checksum in its trailer',
    );
    expect(problemsOf(await readBackup(changed), null)).toHaveLength(1);
    await expect(readBackup(path.join(cluster.tmp, 'none.gz'))).rejects.toThrow(/There is no file/);
  });

  it('asks for the key that wrote the audit log', async () => {
    const checked = await readBackup(file);
    expect(missingKey(checked, null)).toBe('absent');
    expect(missingKey(checked, auditKeyFrom('another key, at least 32 characters long'))).toBe('another');
  });

  it('rolls back every row when the audit log in the file does not verify', async () => {
    // Checksum and keyed hash dropped, as someone re-writing the file would: the chain still tells.
    const forged = edited('forged.backup.gz', (text) => {
      const lines = text.split('\n');
      const trailer = JSON.parse(lines.at(-2) ?? '{}');
      const body = lines
        .slice(0, -2)
        .join('\n')
        .replace(/"keyId":"[0-9a-f]+"/, '"keyId":null')
        .replace(/\tsystem\t/, '\tsomeone\t');
      const sha256 = createHash('sha256').update(`${body}\n`).digest('hex');
      return `${body}\n${JSON.stringify({ ...trailer, sha256, mac: null })}\n`;
    });
    const target = await cluster.newDatabase({ empty: true });
    await expect(restoreInto(target, forged)).rejects.toThrow(/audit log does not verify/);
    const after = await counts(target.superUrl);
    expect(Object.values(after).every((n) => n === 0)).toBe(true);
  }, 60_000);
});
