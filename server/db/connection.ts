import { sql } from 'drizzle-orm';
import type { Config } from '#server/config';
import { describeError } from '#server/lib/describe-error';
import { type Database, openPostgres } from './client';
import { findRunningEmbedded, type RunningEmbedded, startEmbedded } from './embedded';
import { appRoleWeaknesses, ensureEmbeddedRoles, grantAppPrivileges, roleOf } from './roles';

/** Where Charter's database is and who connects to it (docs/operations.md#database-roles). */
export type Connection = {
  kind: 'embedded' | 'external';
  /** The app's own connection: least privilege. */
  appUrl: string;
  /** Migrations, backup and restore: the owner of the tables. */
  ownerUrl: string;
  /** The embedded server this process started; stop it when done. */
  embedded?: EmbeddedHandle;
  /** An embedded server another process started, used as it is. */
  reused?: RunningEmbedded;
};

/** An embedded server `connect` started: the server itself, or a supervisor keeping it running. */
export type EmbeddedHandle = { url: string; stop(): Promise<void> };

export type ConnectOptions = {
  /** Tools use a PostgreSQL that already serves DATA_DIR instead of starting a second one. */
  reuseRunning?: boolean;
  log?: (message: string) => void;
  /**
   * Starts the embedded server; by default once, as tools need it. `npm start` passes one that
   * restarts a server that dies (server/db/embedded-supervisor.ts).
   */
  startEmbedded?: (dataDir: string) => Promise<EmbeddedHandle>;
};

/** Resolves the configuration to URLs, starting the embedded server (and its roles) when needed. */
export async function connect(config: Config, options: ConnectOptions = {}): Promise<Connection> {
  if (config.databaseUrl) {
    return {
      kind: 'external',
      appUrl: config.databaseUrl,
      ownerUrl: config.migrationDatabaseUrl ?? config.databaseUrl,
    };
  }
  const running = options.reuseRunning ? findRunningEmbedded(config.dataDir) : null;
  if (running) {
    const roles = await ensureEmbeddedRoles(config.dataDir, running.url);
    return { kind: 'embedded', ...roles, reused: running };
  }
  const start = options.startEmbedded ?? ((dataDir: string) => startEmbedded(dataDir, options.log));
  const embedded = await start(config.dataDir);
  try {
    const roles = await ensureEmbeddedRoles(config.dataDir, embedded.url);
    return { kind: 'embedded', ...roles, embedded };
  } catch (err) {
    await embedded.stop().catch(() => undefined);
    throw err;
  }
}

/**
 * Migrates as the owner, grants the app role what it needs (when it is another role), and opens
 * the app's pool. Warns when the app's role could get around the audit log's append-only rule.
 */
export async function openConnection(conn: Connection, warn = console.warn): Promise<Database> {
  const appRole = conn.ownerUrl === conn.appUrl ? null : await roleOf(conn.appUrl);
  const database = await openPostgres(conn.appUrl, conn.kind, {
    migrationUrl: conn.ownerUrl,
    afterMigrate: async (owner) => {
      if (appRole === null) return;
      const { rows } = await owner.query<{ role: string }>('SELECT current_user AS role');
      if (rows[0]?.role !== appRole) await grantAppPrivileges(owner, appRole);
    },
  }).catch((err: unknown) => {
    // A role with least privilege in DATABASE_URL and no owner to migrate: say what is missing.
    const pgErr = err as { code?: string; cause?: { code?: string } };
    if (appRole === null && (pgErr.code ?? pgErr.cause?.code) === '42501') {
      throw new Error(
        `migrations need the owner of the tables, and DATABASE_URL's role may not create them (${describeError(err)}). ` +
          'Set MIGRATION_DATABASE_URL to the owner (docs/operations.md#database-roles).',
      );
    }
    throw err;
  });
  const weaknesses = await appRoleWeaknesses(
    async (q) => (await database.db.execute(sql.raw(q))) as unknown as { rows: unknown[] },
  );
  if (weaknesses.length > 0) {
    warn(
      `Warning: the app's database role ${weaknesses.join(' and ')}, so the app's own connection could get ` +
        "around the audit log's append-only rule. Give DATABASE_URL a role with least privilege and " +
        'MIGRATION_DATABASE_URL the owner of the tables (docs/operations.md#database-roles).',
    );
  }
  return database;
}

/** Stops what `connect` started; a reused server is left running. */
export async function release(conn: Connection | undefined): Promise<void> {
  await conn?.embedded?.stop().catch(() => undefined);
}
