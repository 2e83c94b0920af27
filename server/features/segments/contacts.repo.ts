import { desc, eq, sql } from 'drizzle-orm';
import { ISO_INSTANT } from '#domain/segments/attribute-values';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { contactStays, contacts } from '#server/db/schema/segments';

export type ContactIn = { id: string; attributes: Record<string, unknown> };

export async function findContact(db: DbOrTx, id: string) {
  const [row] = await db.select().from(contacts).where(eq(contacts.id, id));
  return row;
}

export function staysOf(db: DbOrTx, id: string) {
  return db
    .select({ segmentKey: contactStays.segmentKey, enteredAt: contactStays.enteredAt, leftAt: contactStays.leftAt })
    .from(contactStays)
    .where(eq(contactStays.contactId, id))
    .orderBy(desc(contactStays.enteredAt), desc(contactStays.id));
}

export type AttributeStat = { attr: string; kind: string; seen: number; examples: unknown[] };

/**
 * Attribute paths (objects flattened to dotted paths, four levels deep) seen in a bounded sample
 * of contacts, with how often each JSON type occurs and a few distinct values. Strings that are
 * ISO instants count as dates.
 */
export async function sampleAttributes(
  db: DbOrTx,
  sampleSize: number,
): Promise<{ sampled: number; stats: AttributeStat[] }> {
  const result = await db.execute(sql`
    WITH RECURSIVE sample AS (
      SELECT attributes FROM contacts WHERE jsonb_typeof(attributes) = 'object' LIMIT ${sampleSize}
    ), flat(path, value, depth) AS (
      SELECT e.key, e.value, 1 FROM sample s, jsonb_each(s.attributes) e
      UNION ALL
      SELECT f.path || '.' || e.key, e.value, f.depth + 1
      FROM flat f, jsonb_each(f.value) e
      WHERE jsonb_typeof(f.value) = 'object' AND f.depth < 4
    ), typed AS (
      SELECT path, value,
        CASE WHEN jsonb_typeof(value) = 'string' AND (value #>> '{}') ~ ${ISO_INSTANT.source} THEN 'date'
          ELSE jsonb_typeof(value) END AS kind
      FROM flat WHERE jsonb_typeof(value) NOT IN ('object', 'null')
    )
    SELECT path AS attr, kind, count(*)::int AS seen, to_jsonb((array_agg(DISTINCT value))[1:5]) AS examples,
      (SELECT count(*) FROM sample)::int AS sampled
    FROM typed GROUP BY path, kind ORDER BY path, seen DESC
    LIMIT 2000`);
  const rows = rowsOf<AttributeStat & { sampled: number }>(result);
  return { sampled: rows[0]?.sampled ?? 0, stats: rows.map(({ sampled: _, ...stat }) => stat) };
}
