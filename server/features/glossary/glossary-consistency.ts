import { glossaryConsistencyIssues } from '#domain/glossary/glossary-consistency';
import type { DbContext } from '#server/core/db';
import { activeTerms } from '#server/core/glossary.read';
import { toLintTerm } from '#server/core/linter';
import { ValidationError } from '#server/lib/errors';
import type { TermValues } from './glossary.present';

export type TermChange = { id?: string; values: TermValues; path: (string | number)[] };

/**
 * Throws 422 when the glossary after these changes would flag its own advice (docs/rules.md,
 * "Retired language"): a single edit and a whole import are checked alike.
 */
export async function assertConsistent(tx: DbContext, changes: TermChange[]) {
  const after = new Map((await activeTerms(tx.conn)).map((row) => [row.phrase.toLowerCase(), toLintTerm(row)]));
  for (const { id, values } of changes) {
    for (const [key, term] of after) if (id !== undefined && term.id === id) after.delete(key);
    after.set(values.phrase.toLowerCase(), {
      ...values,
      reason: values.reason ?? undefined,
      definition: values.definition ?? undefined,
    });
  }
  const changed = new Map(changes.map((c) => [c.values.phrase.toLowerCase(), c.path]));
  const issues = glossaryConsistencyIssues([...after.values()], changed);
  if (issues.length > 0) throw new ValidationError('The glossary would contradict itself.', issues);
}
