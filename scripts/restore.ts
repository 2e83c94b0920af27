import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { BackupError } from '#server/backup/format';
import { missingKey, problemsOf, readBackup } from '#server/backup/read';
import { restoreBackup } from '#server/backup/restore';
import { type Connection, connect, openConnection, release } from '#server/db/connection';
import { roleOf } from '#server/db/roles';
import { checkpointPath } from '#server/features/audit/audit.checkpoint-file';
import { advanceCheckpoint } from '#server/features/audit/audit.checkpointer';
import { loadAuditKey } from '#server/lib/audit-key-file';
import { systemClock } from '#server/lib/clock';
import { describeError } from '#server/lib/describe-error';
import { run, seconds, toolConfig } from './tool-config';

/**
 * `npm run restore -- FILE`: a backup into an empty database, the one Charter's configuration
 * names (a new DATA_DIR, or DATABASE_URL), with Charter stopped. `--check` only reads the file
 * and says whether it is whole and whether the audit key at hand is the one it needs.
 */
run(async () => {
  const args = process.argv.slice(2);
  const checkOnly = args.includes('--check');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('Usage: npm run restore -- FILE [--check]');
    return 1;
  }
  const config = toolConfig();
  if (!config) return 1;

  let connection: Connection | undefined;
  try {
    const started = performance.now();
    const checked = await readBackup(path.resolve(file));
    const head = checked.trailer.auditHead;
    let key = loadAuditKey(config.dataDir, config.auditKey, false)?.key ?? null;
    const missing = missingKey(checked, key);
    if (missing) {
      const where =
        missing === 'another' ? 'is not the one at hand' : 'is not at hand (AUDIT_KEY, or DATA_DIR/audit-key)';
      throw new BackupError(
        `The audit key that wrote this backup's audit log ${where}. Put that key in ${path.join(config.dataDir, 'audit-key')} or AUDIT_KEY, then restore again.`,
      );
    }
    const problems = problemsOf(checked, key);
    if (problems.length > 0) throw new BackupError(`${file} is damaged or was changed: ${problems.join('; ')}.`);
    const total = Object.values(checked.rows).reduce((a, b) => a + b, 0);
    console.log(
      `${file}: written ${checked.header.createdAt}, ${total} rows in ${checked.header.tables.length} tables, ` +
        `audit log up to entry ${head?.id ?? 0}; whole${checked.trailer.mac && key ? ', keyed hash checked' : ''}.`,
    );
    if (checkOnly) return 0;

    key ??= loadAuditKey(config.dataDir, config.auditKey, true)?.key ?? null;
    connection = await connect(config, { log: () => undefined });
    const appRole = connection.ownerUrl === connection.appUrl ? null : await roleOf(connection.appUrl);
    const summary = await restoreBackup({
      file: path.resolve(file),
      checked,
      ownerUrl: connection.ownerUrl,
      appRole,
      key,
      clock: systemClock,
    });
    console.log(`Restored ${total} rows; the restore is audit entry ${summary.restoredEntryId}.`);

    // A checkpoint of another database's log would only say that this one was cut short.
    const checkpoint = checkpointPath(config.dataDir);
    if (existsSync(checkpoint)) {
      const aside = `${checkpoint}.before-restore-${Date.now()}`;
      renameSync(checkpoint, aside);
      console.log(`The earlier audit checkpoint was moved to ${aside}.`);
    }
    if (key) {
      const database = await openConnection(connection);
      try {
        const advanced = await advanceCheckpoint(database.db, key, config.dataDir, systemClock);
        if (advanced.problem) throw new Error(`the restored audit log does not verify: ${advanced.problem}`);
        console.log(`Audit log verified and checkpointed at entry ${advanced.checkpoint?.headId ?? 0}.`);
      } finally {
        await database.close();
      }
    }
    console.log(`Restore done in ${seconds(started)}.`);
    return 0;
  } catch (err) {
    console.error(`Could not restore: ${describeError(err)}`);
    return 1;
  } finally {
    await release(connection);
  }
});
