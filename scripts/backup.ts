import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeBackup } from '#server/backup/write';
import { type Connection, connect, release } from '#server/db/connection';
import { loadAuditKey } from '#server/lib/audit-key-file';
import { describeError } from '#server/lib/describe-error';
import { charterVersion, megabytes, run, seconds, toolConfig } from './tool-config';

/**
 * `npm run backup [-- FILE]`: every table of Charter's database, from one consistent snapshot,
 * into one compressed file (docs/operations.md#backups). Works while Charter runs: it reads
 * through the running PostgreSQL, or starts the embedded one when Charter is stopped.
 */
run(async () => {
  const config = toolConfig();
  if (!config) return 1;
  if (!config.databaseUrl && !existsSync(path.join(config.dataDir, 'pg', 'PG_VERSION'))) {
    console.error(`There is no Charter database in ${config.dataDir} yet. Start Charter once, or set DATA_DIR.`);
    return 1;
  }
  const stamp = new Date()
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z');
  const file = path.resolve(process.argv[2] ?? path.join('backups', `charter-${stamp}.backup.gz`));
  mkdirSync(path.dirname(file), { recursive: true });
  const key = loadAuditKey(config.dataDir, config.auditKey, false)?.key ?? null;

  let connection: Connection | undefined;
  try {
    connection = await connect(config, { reuseRunning: true, log: () => undefined });
    if (connection.reused)
      console.log(`Reading through the PostgreSQL that serves ${config.dataDir} (pid ${connection.reused.pid}).`);
    const started = performance.now();
    const summary = await writeBackup({ url: connection.ownerUrl, file, key, charterVersion, now: new Date() });
    const total = Object.values(summary.rows).reduce((a, b) => a + b, 0);
    console.log(
      `Backup written to ${file.startsWith(process.cwd()) ? path.relative(process.cwd(), file) : file}: ${total} rows in ${Object.keys(summary.rows).length} tables, ` +
        `audit log up to entry ${summary.auditHead?.id ?? 0}, ${megabytes(summary.bytes)}, in ${seconds(started)}.`,
    );
    console.log(
      key
        ? 'The audit key is not in the backup: keep it (AUDIT_KEY, or DATA_DIR/audit-key) safe apart from it; a restore needs it.'
        : 'No audit key at hand (AUDIT_KEY or DATA_DIR/audit-key): the backup carries no keyed hash of its content.',
    );
    return 0;
  } catch (err) {
    console.error(`Could not back up: ${describeError(err)}`);
    return 1;
  } finally {
    await release(connection);
  }
});
