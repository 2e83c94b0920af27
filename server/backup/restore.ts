import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { recordAudit } from '#server/core/audit';
import { type DbContext, dbContext, transaction } from '#server/core/db';
import { type Db, MIGRATION_LOCK, migrationsFolder } from '#server/db/client';
import { grantAppPrivileges } from '#server/db/roles';
import { verifyChain } from '#server/features/audit/audit.verify';
import type { AuditKey } from '#server/lib/audit-key';
import type { Clock } from '#server/lib/clock';
import { appliedMigrations } from './catalog';
import { BackupError, type BackupHeader } from './format';
import { problemsOf, type ReadBackup, readBackup, type TableSink } from './read';

export type RestoreSummary = { rows: Record<string, number>; restoredEntryId: number };

/**
 * Restores a backup that `readBackup` and `problemsOf` have passed into an empty database, as
 * the owner of the tables: the schema up to the backup's migrations, then every row, the
 * sequences and an audit entry saying so in one transaction (a failure leaves no row behind),
 * then the migrations since and the app role's privileges.
 */
export async function restoreBackup(options: {
  file: string;
  checked: ReadBackup;
  ownerUrl: string;
  /** The app's role, to grant it what it needs; null when the app connects as the owner. */
  appRole: string | null;
  key: AuditKey | null;
  clock: Clock;
}): Promise<RestoreSummary> {
  const { header } = options.checked;
  const client = new pg.Client({ connectionString: options.ownerUrl });
  await client.connect();
  try {
    // Instances starting against this database wait until the restore is done.
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await prepareSchema(client, header);
    // One transaction on this one connection: the COPY streams below run inside it too.
    const db = dbContext(drizzle(client) as unknown as Db, options.clock, { audit: { key: options.key } });
    const summary = await transaction(db, (tx) => loadRows(client, tx, options));
    await migrate(drizzle(client), { migrationsFolder });
    if (options.appRole) await grantAppPrivileges(client, options.appRole);
    return summary;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** An empty database, at or below the backup's migrations, is brought exactly to them. */
async function prepareSchema(client: pg.Client, header: BackupHeader): Promise<void> {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  const known = journal.entries.map((e) => e.when);
  const wanted = header.migrations.map((m) => m.createdAt);
  if (wanted.some((when, i) => known[i] !== when)) {
    throw new BackupError(
      'The backup was made by a version of Charter with migrations this one does not have: update Charter first.',
    );
  }
  const applied = (await appliedMigrations(client)).map((m) => m.createdAt);
  if (applied.length > wanted.length || applied.some((when, i) => wanted[i] !== when)) {
    throw new BackupError('The target database is not empty (it has a newer schema than the backup).');
  }
  for (const table of header.tables) {
    const { rows } = await client.query(`SELECT to_regclass($1) IS NOT NULL AS there`, [`public.${table.name}`]);
    if (!rows[0]?.there) continue;
    const { rowCount } = await client.query(`SELECT 1 FROM public.${pg.escapeIdentifier(table.name)} LIMIT 1`);
    if (rowCount) throw new BackupError(`The target database is not empty (table ${table.name} has rows).`);
  }
  if (applied.length === wanted.length) return;
  // drizzle applies what its journal lists: a copy of the folder that lists only the backup's.
  const folder = mkdtempSync(path.join(os.tmpdir(), 'charter-restore-'));
  try {
    cpSync(migrationsFolder, folder, { recursive: true });
    writeFileSync(
      path.join(folder, 'meta', '_journal.json'),
      JSON.stringify({ ...journal, entries: journal.entries.slice(0, wanted.length) }),
    );
    await migrate(drizzle(client), { migrationsFolder: folder });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function loadRows(
  client: pg.Client,
  tx: DbContext,
  options: { file: string; checked: ReadBackup; key: AuditKey | null },
): Promise<RestoreSummary> {
  const { header, trailer } = options.checked;
  const read = await readBackup(options.file, (table) => copySink(client, table));
  // The file was checked before; this is the same check on what was loaded.
  const problems = problemsOf(read, options.key);
  if (problems.length > 0 || read.sha256 !== options.checked.sha256) {
    throw new BackupError(`The backup changed while it was restored: ${problems.join('; ') || 'another checksum'}.`);
  }
  for (const s of header.sequences) {
    const table = `public.${pg.escapeIdentifier(s.table)}`;
    const { rows } = await client.query(`SELECT max(${pg.escapeIdentifier(s.column)})::bigint AS max FROM ${table}`);
    const value = Math.max(rows[0]?.max === null ? 0 : Number(rows[0]?.max), s.lastValue ?? 0);
    // The next id is past every id the original handed out, committed or not.
    await client.query('SELECT setval(pg_get_serial_sequence($1, $2), $3, $4)', [
      table,
      s.column,
      Math.max(value, 1),
      value > 0,
    ]);
  }
  const chain = await verifyChain(tx.conn, { key: options.key });
  if (!chain.ok) throw new BackupError(`The backup's audit log does not verify: ${chain.message}`);
  const head = trailer.auditHead;
  const { rows: newest } = await client.query('SELECT id, hash FROM audit_entries ORDER BY id DESC LIMIT 1');
  if ((head?.id ?? null) !== (newest[0] ? Number(newest[0].id) : null) || (head && head.hash !== newest[0]?.hash)) {
    throw new BackupError("The backup's audit log does not end at the head its trailer records.");
  }
  const entry = await recordAudit(
    tx,
    { id: null, label: 'system' },
    {
      action: 'database.restored',
      target: { type: 'database', id: null },
      after: {
        file: path.basename(options.file),
        backupCreatedAt: header.createdAt,
        rows: read.rows,
        auditHead: head,
      },
    },
  );
  return { rows: read.rows, restoredEntryId: entry.id };
}

/** COPY FROM STDIN for one table; an error from the server fails the next write or the end. */
async function copySink(client: pg.Client, table: BackupHeader['tables'][number]): Promise<TableSink> {
  const cols = table.columns.map((c) => pg.escapeIdentifier(c)).join(', ');
  const stream = client.query(copyFrom(`COPY public.${pg.escapeIdentifier(table.name)} (${cols}) FROM STDIN`));
  let failure: Error | null = null;
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', (err: Error) => {
      failure = err;
      reject(err);
    });
  });
  finished.catch(() => undefined);
  return {
    write: async (rows) => {
      if (failure) throw failure;
      if (!stream.write(rows)) await once(stream, 'drain');
      if (failure) throw failure;
    },
    end: async () => {
      stream.end();
      await finished;
    },
  };
}
