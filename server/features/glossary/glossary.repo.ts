import { and, asc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { glossaryTerms, languageFindings } from '#server/db/schema/glossary';

export type TermRow = typeof glossaryTerms.$inferSelect;
export type TermInsert = typeof glossaryTerms.$inferInsert;
export type FindingInsert = typeof languageFindings.$inferInsert;

/** The glossary in reading order: retired first, then promoted, each alphabetical. */
export function listActiveTerms(db: DbOrTx) {
  return db
    .select()
    .from(glossaryTerms)
    .where(isNull(glossaryTerms.archivedAt))
    .orderBy(sql`${glossaryTerms.kind} DESC`, asc(sql`lower(${glossaryTerms.phrase})`));
}

/** Active and archived terms: a phrase stays reserved by its archived row, so imports can restore it. */
export function listAllTerms(db: DbOrTx) {
  return db.select().from(glossaryTerms);
}

export async function findTerm(db: DbOrTx, id: string) {
  const [row] = await db.select().from(glossaryTerms).where(eq(glossaryTerms.id, id));
  return row;
}

export async function findTermByPhrase(db: DbOrTx, phrase: string) {
  const [row] = await db.select().from(glossaryTerms).where(sql`lower(${glossaryTerms.phrase}) = lower(${phrase})`);
  return row;
}

export async function insertTerm(db: DbOrTx, row: TermInsert) {
  const [created] = await db.insert(glossaryTerms).values(row).returning();
  if (!created) throw new Error('glossary insert returned nothing');
  return created;
}

export async function updateTerm(db: DbOrTx, id: string, patch: Partial<TermInsert>) {
  const [updated] = await db.update(glossaryTerms).set(patch).where(eq(glossaryTerms.id, id)).returning();
  if (!updated) throw new Error('glossary update matched nothing');
  return updated;
}

/** Glossary writes are rare; serialising them keeps the glossary-wide checks true at commit. */
export async function lockTerms(db: DbOrTx) {
  await db.execute(sql`LOCK TABLE glossary_terms IN SHARE ROW EXCLUSIVE MODE`);
}

/**
 * A cheap fingerprint of the whole table. Any insert changes the count; any edit or archive moves
 * that row's updated_at, which changes the sum even when another instance's clock is behind ours
 * (a max alone would miss that).
 */
export async function termsVersion(db: DbOrTx): Promise<string> {
  const result = await db.execute(
    sql`SELECT count(*)::text AS n, coalesce(sum((extract(epoch FROM updated_at) * 1000000)::bigint), 0)::text AS s,
        coalesce(max(updated_at)::text, '') AS m FROM glossary_terms`,
  );
  const [row] = (result as unknown as { rows: { n: string; s: string; m: string }[] }).rows;
  return `${row?.n}:${row?.s}:${row?.m}`;
}

export async function insertFindings(db: DbOrTx, rows: FindingInsert[]) {
  if (rows.length > 0) await db.insert(languageFindings).values(rows);
}

/** Findings summed by UTC month and term in [from, to). */
export async function findingsByMonth(db: DbOrTx, from: Date, to: Date) {
  const month = sql<string>`to_char(date_trunc('month', ${languageFindings.at} AT TIME ZONE 'UTC'), 'YYYY-MM')`;
  return db
    .select({ month, term: languageFindings.term, count: sql<number>`sum(${languageFindings.count})::int` })
    .from(languageFindings)
    .where(and(gte(languageFindings.at, from), lt(languageFindings.at, to)))
    .groupBy(month, languageFindings.term)
    .orderBy(month, languageFindings.term);
}
