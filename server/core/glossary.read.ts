import { asc, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { glossaryTerms } from '#server/db/schema/glossary';

/** The glossary read model: the terms in force, as the linter and the glossary page read them. */

export type TermRow = typeof glossaryTerms.$inferSelect;

/** The glossary in reading order: retired first, then promoted, each alphabetical. */
export function activeTerms(db: DbOrTx) {
  return db
    .select()
    .from(glossaryTerms)
    .where(isNull(glossaryTerms.archivedAt))
    .orderBy(sql`${glossaryTerms.kind} DESC`, asc(sql`lower(${glossaryTerms.phrase})`));
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
  const [row] = rowsOf<{ n: string; s: string; m: string }>(result);
  return `${row?.n}:${row?.s}:${row?.m}`;
}
