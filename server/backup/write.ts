import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { canonical } from '#domain/canonical';
import type { AuditKey } from '#server/lib/audit-key';
import { appliedMigrations, serialSequences, tablesInLoadOrder } from './catalog';
import {
  type AuditHead,
  BackupError,
  type BackupHeader,
  type BackupTrailer,
  countLines,
  END_OF_TABLE,
  FORMAT,
} from './format';

export type BackupSummary = {
  file: string;
  bytes: number;
  rows: Record<string, number>;
  auditHead: AuditHead | null;
  keyed: boolean;
};

/**
 * Writes every table of the database at `url` into `file`, from one REPEATABLE READ snapshot:
 * Charter keeps running and writing, and the backup is what was committed at one instant. The
 * file appears under its name only once complete.
 */
export async function writeBackup(options: {
  url: string;
  file: string;
  key: AuditKey | null;
  charterVersion: string;
  now: Date;
}): Promise<BackupSummary> {
  const { file, key } = options;
  if (existsSync(file)) throw new BackupError(`${file} already exists; a backup never overwrites a file.`);
  const partial = `${file}.partial`;
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  let out: ReturnType<typeof gzipFile> | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await tablesInLoadOrder(client);
    const header: BackupHeader = {
      format: FORMAT,
      version: 1,
      createdAt: options.now.toISOString(),
      charterVersion: options.charterVersion,
      migrations: await appliedMigrations(client),
      keyId: key?.id ?? null,
      tables: tables.map((t) => ({ name: t.name, columns: t.columns })),
      sequences: await serialSequences(client),
    };
    const auditHead = await readAuditHead(client);

    out = gzipFile(partial);
    await out.write(Buffer.from(`${JSON.stringify(header)}\n`));
    const rows: Record<string, number> = {};
    for (const table of tables) {
      const cols = table.columns.map((c) => pg.escapeIdentifier(c)).join(', ');
      const order = table.primaryKey.length
        ? ` ORDER BY ${table.primaryKey.map((c) => pg.escapeIdentifier(c)).join(', ')}`
        : '';
      const copy = client.query(
        copyTo(`COPY (SELECT ${cols} FROM public.${pg.escapeIdentifier(table.name)}${order}) TO STDOUT`),
      );
      let count = 0;
      for await (const chunk of copy as AsyncIterable<Buffer>) {
        count += countLines(chunk);
        await out.write(chunk);
      }
      rows[table.name] = count;
      await out.write(END_OF_TABLE);
    }
    const unsigned = { end: FORMAT, rows, auditHead, sha256: out.digest() } as const;
    const trailer: BackupTrailer = { ...unsigned, mac: key ? key.sign('backup', canonical(unsigned)) : null };
    await out.finish(Buffer.from(`${JSON.stringify(trailer)}\n`));
    await client.query('COMMIT');
    renameSync(partial, file);
    return { file, bytes: statSync(file).size, rows, auditHead, keyed: key !== null };
  } catch (err) {
    await out?.abort();
    rmSync(partial, { force: true });
    throw err;
  } finally {
    await client.end();
  }
}

async function readAuditHead(client: pg.Client): Promise<AuditHead | null> {
  const { rows: there } = await client.query(`SELECT to_regclass('public.audit_entries') IS NOT NULL AS ok`);
  if (!there[0]?.ok) return null;
  // Through jsonb, so that a database from before keyed entries (no mac column) backs up too.
  const { rows } = await client.query<{ id: string; hash: string; mac: string | null }>(
    `SELECT id, hash, to_jsonb(a) ->> 'mac' AS mac FROM audit_entries a ORDER BY id DESC LIMIT 1`,
  );
  const row = rows[0];
  return row ? { id: Number(row.id), hash: row.hash, mac: row.mac } : null;
}

/** A gzip file written with backpressure, hashing what goes in until the trailer. */
function gzipFile(path: string) {
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(path, { mode: 0o600 }));
  done.catch(() => undefined); // awaited in finish or abort; a failure also fails the next write
  const hash = createHash('sha256');
  const push = async (chunk: Buffer) => {
    if (!gzip.write(chunk)) await once(gzip, 'drain');
  };
  return {
    write: async (chunk: Buffer) => {
      hash.update(chunk);
      await push(chunk);
    },
    digest: () => hash.copy().digest('hex'),
    finish: async (last: Buffer) => {
      await push(last);
      gzip.end();
      await done;
    },
    abort: async () => {
      gzip.destroy();
      await done.catch(() => undefined);
    },
  };
}
