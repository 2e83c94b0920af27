import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { glossaryTerms, languageFindings } from '#server/db/schema/glossary';

export type TermInsert = typeof glossaryTerms.$inferInsert;

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

/**
 * Writes a term's values: over `existing` (restoring it when it had been taken out) or as a new
 * row. Adding and importing save a term alike.
 */
export function saveTerm(
  db: DbOrTx,
  existing: { id: string } | undefined,
  values: Omit<TermInsert, 'createdAt' | 'updatedAt' | 'updatedBy'>,
  at: Date,
  by: string | null,
) {
  return existing
    ? updateTerm(db, existing.id, { ...values, archivedAt: null, updatedAt: at, updatedBy: by })
    : insertTerm(db, { ...values, createdAt: at, updatedAt: at, updatedBy: by });
}

/** Glossary writes are rare; serialising them keeps the glossary-wide checks true at commit. */
export async function lockTerms(db: DbOrTx) {
  await db.execute(sql`LOCK TABLE glossary_terms IN SHARE ROW EXCLUSIVE MODE`);
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
