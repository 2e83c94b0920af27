import { sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import type { PoolExtras } from '#server/db/pool-extras';
import { rowsOf } from '#server/db/rows';
import type { ContactIn } from './contacts.repo';
import type { Staged } from './import-placement';

/**
 * The bulk import's SQL (docs/decisions/026-a-bulk-import.md): contacts are staged, placed, in a
 * temporary table dropped at commit, then the new ones go into `contacts` and `contact_stays` in
 * one statement each; the known ones are read back in batches for the upsert's own write.
 */
export async function createStaging(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`
    CREATE TEMPORARY TABLE contact_import (
      line integer NOT NULL, id text NOT NULL, attributes jsonb NOT NULL, instants jsonb NOT NULL,
      seg text, fresh bigint, known boolean NOT NULL DEFAULT false
    ) ON COMMIT DROP`);
}

const COLUMNS = 'line, id, attributes, instants, seg, fresh';
const COPY_CHUNK_CHARS = 1 << 20;
const INSERT_BATCH = 2_000;

/**
 * Writes every staged contact: through COPY where the pool has it (node-postgres), else in
 * batches of INSERT (PGlite, in tests and the in-browser demo). Returns how many.
 */
export async function stage(
  tx: DbOrTx,
  copyFrom: PoolExtras['copyFrom'] | undefined,
  batches: AsyncIterable<Staged[]>,
): Promise<number> {
  let count = 0;
  const counted = async function* () {
    for await (const batch of batches) {
      count += batch.length;
      yield batch;
    }
  };
  if (copyFrom) await copyFrom(tx, `COPY contact_import (${COLUMNS}) FROM STDIN`, copyText(counted()));
  else {
    for await (const batch of counted()) {
      for (let from = 0; from < batch.length; from += INSERT_BATCH) {
        await tx.execute(sql`
          INSERT INTO contact_import (${sql.raw(COLUMNS)})
          SELECT * FROM jsonb_to_recordset(${JSON.stringify(batch.slice(from, from + INSERT_BATCH))}::jsonb)
            AS x(line integer, id text, attributes jsonb, instants jsonb, seg text, fresh bigint)`);
      }
    }
  }
  return count;
}

// COPY's text format: a backslash, tab, newline or carriage return in a value is escaped.
const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPED: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const field = (s: string) => (SPECIAL.test(s) ? s.replace(SPECIALS, (c) => ESCAPED[c] ?? c) : s);

async function* copyText(batches: AsyncIterable<Staged[]>): AsyncGenerator<string> {
  let chunk = '';
  for await (const batch of batches) {
    for (const r of batch) {
      chunk += `${r.line}\t${field(r.id)}\t${field(JSON.stringify(r.attributes))}\t${field(JSON.stringify(r.instants))}\t${
        r.seg === null ? '\\N' : field(r.seg)
      }\t${r.fresh === null ? '\\N' : r.fresh}\n`;
    }
    if (chunk.length >= COPY_CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Marks the staged contacts Charter already has; returns how many. */
export async function markKnown(tx: DbOrTx): Promise<number> {
  const result = await tx.execute(sql`
    WITH marked AS (
      UPDATE contact_import s SET known = true FROM contacts c WHERE c.id = s.id RETURNING 1
    ) SELECT count(*)::int AS n FROM marked`);
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

/** The known contacts, in file order, `size` at a time, through a cursor. */
export async function* knownContacts(tx: DbOrTx, size: number): AsyncGenerator<ContactIn[]> {
  await tx.execute(sql`
    DECLARE contact_import_known NO SCROLL CURSOR FOR
    SELECT id, attributes FROM contact_import WHERE known ORDER BY line`);
  for (;;) {
    const rows = rowsOf<ContactIn>(
      await tx.execute(sql`FETCH FORWARD ${sql.raw(String(size))} FROM contact_import_known`),
    );
    if (rows.length === 0) break;
    yield rows;
  }
  await tx.execute(sql`CLOSE contact_import_known`);
}

/**
 * The new contacts, inserted placed (their segment, entry time and time edge, as
 * writePlacedContacts inserts them) in id order, and a stay opened for each that is in a segment,
 * in id order too (the stays' contact index is then filled in order). Returns how many were inserted and how many entered a segment.
 */
export async function insertNew(tx: DbOrTx, now: Date): Promise<{ inserted: number; placed: number }> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const inserted = await tx.execute(sql`
    WITH inserted AS (
      INSERT INTO contacts (id, attributes, instants, updated_at, segment_key, entered_at, fresh_until)
      SELECT s.id, s.attributes, s.instants, ${at}, s.seg, CASE WHEN s.seg IS NULL THEN NULL ELSE ${at} END,
        coalesce(timestamptz 'epoch' + s.fresh * interval '1 millisecond', 'infinity'::timestamptz)
      FROM contact_import s WHERE NOT s.known
      ORDER BY s.id
      RETURNING 1
    ) SELECT count(*)::int AS n FROM inserted`);
  const placed = await tx.execute(sql`
    WITH opened AS (
      INSERT INTO contact_stays (contact_id, segment_key, entered_at)
      SELECT s.id, s.seg, ${at} FROM contact_import s WHERE NOT s.known AND s.seg IS NOT NULL
      ORDER BY s.id
      RETURNING 1
    ) SELECT count(*)::int AS n FROM opened`);
  return {
    inserted: rowsOf<{ n: number }>(inserted)[0]?.n ?? 0,
    placed: rowsOf<{ n: number }>(placed)[0]?.n ?? 0,
  };
}
