import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import type { Database } from './db/client';
import { connect, openConnection } from './db/connection';
import type { EmbeddedServer } from './db/embedded';
import { startCheckpoints } from './features/audit/audit.checkpointer';
import { withAuditContext } from './features/audit/audit.context';
import { loadAuditKey } from './lib/audit-key';
import { systemClock } from './lib/clock';
import { isEmpty, seedDemo } from './seed/demo';
import { serveSpa } from './spa';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }

  const auditKey = loadAuditKey(config.dataDir, config.auditKey, true)?.key ?? null;
  if (!config.databaseUrl) console.log(`Starting the embedded PostgreSQL in ${path.join(config.dataDir, 'pg')} …`);
  // The owner role migrates, the app's pool connects with least privilege (docs/operations.md#database-roles).
  const connection = await connect(config);
  const embedded: EmbeddedServer | undefined = connection.embedded;
  const database: Database = await openConnection(connection);

  // The demo workspace goes into an empty embedded database by default, never into an
  // external one unless SEED=demo asks for it.
  const wantSeed = config.seed === 'demo' || (config.seed === undefined && !config.databaseUrl);
  if (wantSeed && (await isEmpty(database.db))) {
    console.log('Seeding the demo workspace …');
    await withAuditContext({ key: auditKey }, () => seedDemo(database.db, systemClock));
  }
  // The chain's head, kept outside the database and keyed (docs/decisions/002).
  const checkpoints = auditKey
    ? startCheckpoints({
        db: database.db,
        key: auditKey,
        dataDir: config.dataDir,
        clock: systemClock,
        intervalSeconds: config.auditCheckpointSeconds,
      })
    : undefined;

  const app = createApp({
    db: database.db,
    dbKind: database.kind,
    sessionSecret: config.sessionSecret,
    sessionTtlHours: config.sessionTtlHours,
    version,
    audit: {
      key: auditKey,
      dataDir: config.dataDir,
      checkpointSeconds: config.auditCheckpointSeconds,
      onAppend: checkpoints?.soon,
    },
  });
  // The browser tests build into a directory of their own so parallel runs never share one.
  serveSpa(app, process.env.CHARTER_STATIC_DIR ?? path.join(root, 'dist'));

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    console.log(`Charter is running at http://${config.host}:${info.port} (database: ${database.kind})`);
  });

  server.on('error', async (err: NodeJS.ErrnoException) => {
    const reason =
      err.code === 'EADDRINUSE' ? `port ${config.port} on ${config.host} is already in use (set PORT)` : err.message;
    console.error(`Charter could not listen: ${reason}`);
    await database.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down …`);
    server.close();
    await checkpoints?.stop().catch(() => undefined);
    await database.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error('Charter could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
