import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '#server/config';
import { entryHash, GENESIS_HASH } from '#server/core/audit-chain';
import { migrationsFolder } from '#server/db/client';
import { type Connection, openConnection } from '#server/db/connection';
import { EMBEDDED_ROLES, ensureEmbeddedRoles } from '#server/db/roles';
import { advanceCheckpoint } from '#server/features/audit/audit.checkpointer';
import { verifyChain } from '#server/features/audit/audit.verify';
import { fixedClock } from '#server/lib/clock';
import { seedDemo } from '#server/seed/demo';
import { superQuery } from '#test/db/shared-postgres';
import { type Cluster, startCluster, TEST_START } from './embedded-harness';

/** The owner and app roles on the real embedded server, and data from before they existed. */

let cluster: Cluster;
beforeAll(async () => {
  // It changes the roles themselves, which every database of a cluster shares: a cluster of its own.
  cluster = await startCluster({ own: true });
}, 120_000);
afterAll(() => cluster?.stop());

/** The migrations up to `count`, as an earlier version of Charter shipped them. */
function migrationsUpTo(count: number): string {
  const dir = mkdtempSync(path.join(cluster.tmp, 'migrations-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8'));
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }));
  return dir;
}

async function rows<R>(url: string, sql: string): Promise<R[]> {
  return (await superQuery(url, sql)) as R[];
}

describe('database roles', () => {
  it('upgrades a database created before roles existed in place, its old entries still verified', async () => {
    const urls = await cluster.newDatabase({ empty: true, ownedBySuperuser: true });
    // As the earlier version did: every migration up to 0007 run by the superuser, and an audit chain.
    const old = new pg.Client({ connectionString: urls.superUrl });
    await old.connect();
    await migrate(drizzle(old), { migrationsFolder: migrationsUpTo(8) });
    let prev = GENESIS_HASH;
    for (let i = 1; i <= 3; i++) {
      const fields = {
        at: new Date(`2026-10-0${i}T09:00:00Z`),
        actorId: null,
        actorLabel: 'system',
        action: 'legacy.entry',
        targetType: 'test',
        targetId: String(i),
        before: null,
        after: { i },
      };
      const hash = entryHash(prev, fields);
      await old.query(
        `INSERT INTO audit_entries (at, actor_label, action, target_type, target_id, after, prev_hash, hash)
         VALUES ($1, 'system', 'legacy.entry', 'test', $2, $3, $4, $5)`,
        [fields.at, String(i), JSON.stringify(fields.after), prev, hash],
      );
      prev = hash;
    }
    await old.end();

    const roles = await ensureEmbeddedRoles(cluster.dataDir, urls.superUrl);
    const database = await openConnection({ kind: 'embedded', ...roles }, vi.fn());
    try {
      const notOwned = await rows<{ name: string }>(
        urls.superUrl,
        `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname IN ('public', 'drizzle') AND c.relkind IN ('r', 'S', 'i')
            AND pg_get_userbyid(c.relowner) <> 'charter_owner'
         UNION ALL
         SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> 'charter_owner'
         UNION ALL
         SELECT datname FROM pg_database WHERE datname = current_database() AND pg_get_userbyid(datdba) <> 'charter_owner'`,
      );
      expect(notOwned).toEqual([]);
      expect(await rows(urls.superUrl, 'SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations')).toEqual([
        { n: migrationCount() },
      ]);
      const asApp = new pg.Client({ connectionString: roles.appUrl });
      await asApp.connect();
      await expect(asApp.query('DELETE FROM audit_entries')).rejects.toMatchObject({ code: '42501' });
      await asApp.end();

      // New entries are keyed; the legacy ones stay as they were, anchored by the first checkpoint.
      const clock = fixedClock(TEST_START);
      await seedDemo(database.db, clock, { audit: { key: cluster.key } });
      const anchorDir = mkdtempSync(path.join(cluster.tmp, 'anchor-'));
      const advanced = await advanceCheckpoint(database.db, cluster.key, anchorDir, clock);
      expect(advanced.checkpoint).toMatchObject({ keyedFrom: 4 });
      const result = await verifyChain(database.db, { key: cluster.key, checkpoint: advanced.checkpoint });
      expect(result).toMatchObject({ ok: true, keyed: true });

      await superQuery(
        urls.superUrl,
        "SET session_replication_role = replica; UPDATE audit_entries SET target_id = 'x' WHERE id = 2",
      );
      expect(await verifyChain(database.db, { key: cluster.key })).toMatchObject({ ok: false, firstBrokenId: 2 });
    } finally {
      await database.close();
    }
  }, 60_000);

  it('tightens a role loosened by hand at the next start', async () => {
    const urls = await cluster.newDatabase({ empty: true });
    await superQuery(urls.superUrl, `ALTER ROLE ${EMBEDDED_ROLES.app} SUPERUSER CREATEROLE`);
    await ensureEmbeddedRoles(cluster.dataDir, urls.superUrl);
    const [role] = await rows<{ rolsuper: boolean; rolcreaterole: boolean }>(
      urls.superUrl,
      `SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = '${EMBEDDED_ROLES.app}'`,
    );
    expect(role).toEqual({ rolsuper: false, rolcreaterole: false });
  });

  it('warns when the app connects as a role that could get around the append-only rule', async () => {
    const cases: [string, (u: Awaited<ReturnType<Cluster['newDatabase']>>) => Connection, string | null][] = [
      ['superuser', (u) => ({ kind: 'external', appUrl: u.superUrl, ownerUrl: u.superUrl }), 'is a superuser'],
      ['owner', (u) => ({ kind: 'external', appUrl: u.ownerUrl, ownerUrl: u.ownerUrl }), 'owns the audit table'],
      ['least privilege', (u) => ({ kind: 'external', appUrl: u.appUrl, ownerUrl: u.ownerUrl }), null],
    ];
    for (const [name, connection, warning] of cases) {
      const urls = await cluster.newDatabase({ empty: true });
      const warn = vi.fn();
      const database = await openConnection(connection(urls), warn);
      await database.close();
      if (warning) expect(warn.mock.calls[0]?.[0], name).toContain(`the app's database role ${warning}`);
      else expect(warn, name).not.toHaveBeenCalled();
    }
  }, 60_000);

  it('says what is missing when a role with least privilege has nobody to run the migrations', async () => {
    const urls = await cluster.newDatabase({ empty: true });
    await expect(openConnection({ kind: 'external', appUrl: urls.appUrl, ownerUrl: urls.appUrl })).rejects.toThrow(
      /Set MIGRATION_DATABASE_URL to the owner/,
    );
  });

  it('takes MIGRATION_DATABASE_URL only with DATABASE_URL', () => {
    const env = { SESSION_SECRET: 's'.repeat(32), DATA_DIR: cluster.tmp };
    expect(() => loadConfig({ ...env, MIGRATION_DATABASE_URL: 'postgres://o@h/db' })).toThrow(ConfigError);
    expect(() =>
      loadConfig({ ...env, MIGRATION_DATABASE_URL: 'mysql://o@h/db', DATABASE_URL: 'postgres://a@h/db' }),
    ).toThrow(/MIGRATION_DATABASE_URL: must be a postgres/);
    expect(() => loadConfig({ ...env, AUDIT_KEY: 'short' })).toThrow(/AUDIT_KEY: must be at least 32 characters/);
  });
});

/** Every migration in the journal, so the upgrade is checked to the newest one. */
function migrationCount(): number {
  const journal = path.join(migrationsFolder, 'meta', '_journal.json');
  return (JSON.parse(readFileSync(journal, 'utf8')) as { entries: unknown[] }).entries.length;
}
