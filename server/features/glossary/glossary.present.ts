import type { GlossaryCsvRow } from '#domain/glossary/glossary-csv';
import type { GlossaryEntry, GlossaryTermValues } from '#domain/schemas/glossary';
import type { TermRow } from '#server/core/glossary.read';

export type TermValues = {
  phrase: string;
  kind: 'retired' | 'promoted';
  reason: string | null;
  definition: string | null;
  replacements: string[];
  examples: string[];
};

export function presentTerm(row: TermRow): GlossaryEntry {
  return {
    id: row.id,
    phrase: row.phrase,
    kind: row.kind,
    reason: row.reason,
    definition: row.definition,
    replacements: row.replacements,
    examples: row.examples,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Keeps only the fields that belong to the kind, so a stored term never carries the other kind's text. */
export function normalizeTerm(v: GlossaryTermValues): TermValues {
  const retired = v.kind === 'retired';
  return {
    phrase: v.phrase.trim(),
    kind: v.kind,
    reason: retired ? v.reason?.trim() || null : null,
    definition: retired ? null : v.definition?.trim() || null,
    replacements: retired ? v.replacements : [],
    examples: v.examples,
  };
}

export function valuesOf(row: TermRow): TermValues {
  const { phrase, kind, reason, definition, replacements, examples } = row;
  return { phrase, kind, reason, definition, replacements, examples };
}

/** What the audit log keeps of a term. */
export const snapshot = (row: TermRow) => ({ ...valuesOf(row), archivedAt: row.archivedAt?.toISOString() ?? null });

export const sameValues = (a: TermValues, b: TermValues) => JSON.stringify(a) === JSON.stringify(b);

/** The export shape, which is also the import shape: empty explanations are left out. */
export function exportRow(row: TermRow): GlossaryCsvRow {
  return {
    phrase: row.phrase,
    kind: row.kind,
    ...(row.reason ? { reason: row.reason } : {}),
    ...(row.definition ? { definition: row.definition } : {}),
    replacements: row.replacements,
    examples: row.examples,
  };
}
