import { compileLinter } from '#domain/lint/compile-linter';
import type { GlossaryTerm } from './glossary-term';

export type ConsistencyIssue = { path: (string | number)[]; message: string };

/**
 * Checks that the glossary does not contradict itself: a suggested replacement must not be retired
 * language, and a promoted phrase must not contain any. Every issue is pinned on a term being
 * written (`changed`, keyed by lower-case phrase, gives the path of its fields), because the terms
 * already stored were consistent before this write.
 */
export function glossaryConsistencyIssues(
  terms: readonly GlossaryTerm[],
  changed: ReadonlyMap<string, readonly (string | number)[]>,
): ConsistencyIssue[] {
  const full = compileLinter(terms);
  // Without the promoted terms, because a promoted phrase would otherwise shield itself.
  const retiredOnly = compileLinter(terms.filter((t) => t.kind === 'retired'));
  const pathOf = (phrase: string) => changed.get(phrase.toLowerCase());
  const issues = new Map<string, ConsistencyIssue>();
  const add = (path: readonly (string | number)[], message: string) =>
    issues.set(`${path.join('.')}|${message}`, { path: [...path], message });

  for (const term of terms) {
    const own = pathOf(term.phrase);
    if (term.kind === 'retired') {
      term.replacements.forEach((replacement, i) => {
        for (const f of full.lint(replacement)) {
          const culprit = pathOf(f.term);
          if (own) add([...own, 'replacements', i], `Uses retired language: “${f.match}” (${f.term})`);
          else if (culprit)
            add([...culprit, 'phrase'], `Would flag “${replacement}”, a suggested replacement for “${term.phrase}”`);
        }
      });
    } else {
      for (const f of retiredOnly.lint(term.phrase)) {
        const culprit = pathOf(f.term);
        if (own) add([...own, 'phrase'], `Contains retired language: “${f.match}” (${f.term})`);
        else if (culprit) add([...culprit, 'phrase'], `Would flag the promoted term “${term.phrase}”`);
      }
    }
  }
  return [...issues.values()];
}
