import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '#server/app';
import type { Database } from '#server/db/client';
import { openConnection } from '#server/db/connection';
import type { EmbeddedServer } from '#server/db/embedded';
import { ensureEmbeddedRoles, type RoleUrls } from '#server/db/roles';
import { checkpointFile } from '#server/features/audit/audit.checkpoint-file';
import { type AuditKey, auditKeyFrom } from '#server/lib/audit-key';
import { fixedClock } from '#server/lib/clock';
import { randomToken } from '#server/lib/crypto';
import { seedDemo } from '#server/seed/demo';
import {
  dropSharedDatabase,
  inDatabase,
  newSharedDatabase,
  sharedPostgres,
  superQuery,
} from '#test/db/shared-postgres';
import { startTestPostgres } from '#test/db/test-postgres';
import { httpClients, NODE_EDGE } from './harness';

/**
 * The real embedded PostgreSQL with Charter's real roles, for what PGlite (one superuser) cannot
 * show: the app's connection has least privilege. The demo workspace is migrated and seeded once
 * into a template, in the run's shared server (startCluster below); each app gets its own copy.
 */
export type Cluster = {
  /** The cluster's DATA_DIR: passwords, and the embedded server's files. */
  dataDir: string;
  /** A temporary directory the file may use as it likes. */
  tmp: string;
  key: AuditKey;
  /** The key's secret, for tools run as processes (AUDIT_KEY). */
  keySecret: string;
  /** A new database: a copy of the seeded template, or empty (owned by the superuser, as before roles). */
  newDatabase(options?: { empty?: boolean; ownedBySuperuser?: boolean }): Promise<DatabaseUrls>;
  stop(): Promise<void>;
};

export type DatabaseUrls = RoleUrls & { superUrl: string; name: string };

const TEMPLATE = 'charter';
export const TEST_START = '2026-11-15T12:00:00Z';

async function sharedCluster(): Promise<Cluster> {
  const shared = await sharedPostgres('roles');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'charter-roles-'));
  chmodSync(tmp, 0o755);
  const made: string[] = [];
  return {
    dataDir: shared.dataDir,
    tmp,
    key: auditKeyFrom(shared.keySecret),
    keySecret: shared.keySecret,
    newDatabase: async (options = {}) => {
      const urls = await newSharedDatabase(shared, options);
      made.push(urls.name);
      return urls;
    },
    stop: async () => {
      for (const name of made) await dropSharedDatabase(shared, name);
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * The demo under Charter's roles: by default a file's share of the run's one test PostgreSQL
 * (test/db/shared-postgres.ts), whose databases it drops when it stops; `own` starts a cluster
 * for the file alone, for a test that changes the roles themselves (cluster-wide).
 */
export async function startCluster({ own = false }: { own?: boolean } = {}): Promise<Cluster> {
  if (!own) return sharedCluster();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'charter-roles-'));
  // As root, PostgreSQL runs as the 'postgres' user, which must be able to reach the data directory.
  chmodSync(tmp, 0o755);
  const dataDir = path.join(tmp, 'data');
  let server: EmbeddedServer | undefined;
  try {
    server = await startTestPostgres(dataDir);
    const superUrl = server.url;
    const roles = await ensureEmbeddedRoles(dataDir, superUrl);
    const keySecret = randomToken();
    const key = auditKeyFrom(keySecret);
    const template = await openConnection({ kind: 'embedded', ...roles });
    await seedDemo(template.db, fixedClock(TEST_START), { audit: { key } });
    await template.close();
    let counter = 0;
    const stopServer = server.stop;
    return {
      dataDir,
      tmp,
      key,
      keySecret,
      newDatabase: async (options = {}) => {
        const name = `test_${++counter}`;
        const from = options.empty ? '' : ` TEMPLATE ${TEMPLATE}`;
        const owner = options.ownedBySuperuser ? '' : ' OWNER charter_owner';
        await superQuery(superUrl, `CREATE DATABASE ${name}${from}${owner}`);
        return {
          name,
          superUrl: inDatabase(superUrl, name),
          ownerUrl: inDatabase(roles.ownerUrl, name),
          appUrl: inDatabase(roles.appUrl, name),
        };
      },
      stop: async () => {
        await stopServer();
        rmSync(tmp, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await server?.stop().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** The real app over a fresh copy of the seeded demo (or `urls`), connected as the app role, keyed. */
export async function createEmbeddedTestApp(cluster: Cluster, existing?: DatabaseUrls) {
  const urls = existing ?? (await cluster.newDatabase());
  const database: Database = await openConnection({ kind: 'embedded', ...urls });
  const anchorDir = mkdtempSync(path.join(cluster.tmp, 'anchor-'));
  const clock = fixedClock(TEST_START);
  const app = createApp({
    db: database.db,
    dbKind: database.kind,
    clock,
    sessionSecret: 's'.repeat(32),
    scrypt: NODE_EDGE.scrypt,
    audit: { key: cluster.key, checkpoint: checkpointFile(anchorDir), checkpointSeconds: 60 },
  });
  return {
    app,
    db: database.db,
    clock,
    urls,
    anchorDir,
    key: cluster.key,
    ...httpClients(app),
    /** Runs SQL as the superuser: someone with full control of the database, but not the key. */
    asSuperuser: (sql: string, params: unknown[] = []) => superQuery(urls.superUrl, sql, params),
    close: database.close,
  };
}

export type EmbeddedTestApp = Awaited<ReturnType<typeof createEmbeddedTestApp>>;
