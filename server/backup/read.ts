import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { canonical } from '#domain/canonical';
import type { AuditKey } from '#server/lib/audit-key';
import { BackupError, BackupHeader, BackupTrailer, END_OF_TABLE, lines } from './format';

/** Where a table's rows go while the file is read: a COPY FROM STDIN, or nowhere. */
export type TableSink = { write(rows: Buffer): Promise<void>; end(): Promise<void> };

export type ReadBackup = {
  header: BackupHeader;
  trailer: BackupTrailer;
  /** Rows counted while reading, per table. */
  rows: Record<string, number>;
  /** SHA-256 of everything before the trailer, as read. */
  sha256: string;
};

const FLUSH_BYTES = 256 * 1024;

/**
 * Reads a backup from start to end, checking its shape as it goes (a header, then each table the
 * header names, in order, then a trailer, then nothing). Rows go to `sinkFor(table)` when given.
 * Whether the content is what was written is `problemsOf`'s question.
 */
export async function readBackup(
  file: string,
  sinkFor?: (table: BackupHeader['tables'][number]) => Promise<TableSink>,
): Promise<ReadBackup> {
  const hash = createHash('sha256');
  if (!existsSync(file)) throw new BackupError(`There is no file ${file}.`);
  // pipeline, unlike pipe, hands a read error on to the gunzip stream this loop reads.
  const input = pipeline(createReadStream(file), createGunzip(), () => undefined);
  const it = lines(input as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  try {
    const next = async (what: string): Promise<Buffer> => {
      const r = await it.next();
      if (r.done) throw new BackupError(`${file} ends before ${what}: the backup is incomplete.`);
      return r.value;
    };
    const headerLine = await next('its header');
    hash.update(headerLine);
    const header = parseLine(BackupHeader, headerLine, file, 'header');
    const rows: Record<string, number> = {};
    for (const table of header.tables) {
      const sink = sinkFor ? await sinkFor(table) : null;
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      let count = 0;
      for (;;) {
        const line = await next(`the end of table ${table.name}`);
        hash.update(line);
        if (line.equals(END_OF_TABLE)) break;
        count++;
        if (!sink) continue;
        pending.push(line);
        pendingBytes += line.length;
        if (pendingBytes >= FLUSH_BYTES) {
          await sink.write(Buffer.concat(pending));
          pending = [];
          pendingBytes = 0;
        }
      }
      if (sink && pending.length > 0) await sink.write(Buffer.concat(pending));
      await sink?.end();
      rows[table.name] = count;
    }
    const trailer = parseLine(BackupTrailer, await next('its trailer'), file, 'trailer');
    if (!(await it.next()).done)
      throw new BackupError(`${file} goes on after its trailer: it is not a Charter backup.`);
    return { header, trailer, rows, sha256: hash.digest('hex') };
  } catch (err) {
    if (err instanceof BackupError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') {
      throw new BackupError(`${file} is not a gzip file, or is damaged: ${(err as Error).message}.`);
    }
    throw err;
  } finally {
    input.destroy();
  }
}

function parseLine<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  line: Buffer,
  file: string,
  what: string,
): T {
  let value: unknown;
  try {
    value = JSON.parse(line.toString('utf8'));
  } catch {
    throw new BackupError(`${file} has no readable ${what}: it is not a Charter backup, or it is damaged.`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new BackupError(`${file} has no valid ${what}: it is not a Charter backup of this version.`);
  return parsed.data;
}

/**
 * What does not hold in a backup that was read whole: a changed byte, a row too many or too
 * few, a trailer that the audit key did not sign. Empty when the file is as it was written.
 */
export function problemsOf(read: ReadBackup, key: AuditKey | null): string[] {
  const { header, trailer } = read;
  const problems: string[] = [];
  if (read.sha256 !== trailer.sha256) problems.push('its content does not match the checksum in its trailer');
  const tables = new Set([...Object.keys(trailer.rows), ...Object.keys(read.rows)]);
  for (const table of tables) {
    if (trailer.rows[table] !== read.rows[table]) {
      problems.push(
        `table ${table} holds ${read.rows[table] ?? 0} rows where the trailer counts ${trailer.rows[table] ?? 0}`,
      );
    }
  }
  if (key && header.keyId === key.id) {
    const { mac, ...unsigned } = trailer;
    if (!mac || !key.verify('backup', canonical(unsigned), mac)) {
      problems.push('its trailer does not carry a valid keyed hash: the file was changed after it was written');
    }
  }
  return problems;
}

/**
 * A keyed audit log can only be restored with its key: without it, nothing could verify the
 * log again. Null when `key` is the one (or none is needed).
 */
export function missingKey(read: ReadBackup, key: AuditKey | null): 'absent' | 'another' | null {
  const head = read.trailer.auditHead;
  if (!head?.mac) return null;
  if (!key) return 'absent';
  return key.verify('entry', head.hash, head.mac) ? null : 'another';
}
