import { z } from 'zod';

/**
 * A Charter backup (docs/operations.md#backups): one gzip file holding
 *   a header line (JSON): what was backed up, from which migrations, table by table;
 *   for each table in the header's order, its rows as PostgreSQL COPY text, then a line `\.`;
 *   a trailer line (JSON): the row counts, the audit head, a SHA-256 of everything before the
 *   trailer, and a keyed hash of the trailer when the audit key was at hand.
 * COPY text escapes newlines inside values, so every row is one line and `\.` alone ends a table.
 */

export const FORMAT = 'charter-backup';
export const END_OF_TABLE = Buffer.from('\\.\n');

// Names from the catalog are interpolated into COPY statements (quoted too): plain names only.
const Identifier = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'not a plain identifier');

export const BackupHeader = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  charterVersion: z.string(),
  /** The migrations applied to the database backed up, in order, as drizzle records them. */
  migrations: z.array(z.strictObject({ hash: z.string(), createdAt: z.number().int() })),
  /** The fingerprint of the audit key the backup was written with; null when none was at hand. */
  keyId: z.string().nullable(),
  tables: z.array(z.strictObject({ name: Identifier, columns: z.array(Identifier).min(1) })),
  /** Serial columns and how far their sequence had gone, so that no id is handed out twice. */
  sequences: z.array(z.strictObject({ table: Identifier, column: Identifier, lastValue: z.number().nullable() })),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const AuditHead = z.strictObject({ id: z.number().int(), hash: z.string(), mac: z.string().nullable() });
export type AuditHead = z.infer<typeof AuditHead>;

export const BackupTrailer = z.strictObject({
  end: z.literal(FORMAT),
  rows: z.record(z.string(), z.number().int().min(0)),
  auditHead: AuditHead.nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mac: z.string().nullable(),
});
export type BackupTrailer = z.infer<typeof BackupTrailer>;

/** A backup that cannot be read or restored, with a message for the operator. */
export class BackupError extends Error {}

/** Splits a byte stream into lines, each with its newline, without decoding anything. */
export async function* lines(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let rest: Buffer | null = null;
  for await (const chunk of chunks) {
    const buf: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    rest = null;
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
      yield buf.subarray(start, nl + 1);
      start = nl + 1;
    }
    if (start < buf.length) rest = buf.subarray(start);
  }
  if (rest && rest.length > 0) yield rest;
}

export function countLines(chunk: Buffer): number {
  let n = 0;
  for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) n++;
  return n;
}
