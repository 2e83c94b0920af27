import { useMemo } from 'react';
import type { GlossaryTerm } from '#domain/glossary/glossary-term';
import { compileLinter, type Linter } from '#domain/lint/compile-linter';
import type { GlossaryEntry } from '#domain/schemas/glossary';
import { useGlossary } from '#src/shared/queries/get-glossary';

export type GlossaryLinter = {
  /** Undefined until the glossary has loaded (or when it could not be). */
  linter: Linter | undefined;
  /** The glossary entry a finding's `term` refers to, for its reason. */
  entryOf: (phrase: string) => GlossaryEntry | undefined;
  unavailable: boolean;
};

const toTerm = (e: GlossaryEntry): GlossaryTerm => ({
  id: e.id,
  phrase: e.phrase,
  kind: e.kind,
  reason: e.reason ?? undefined,
  definition: e.definition ?? undefined,
  replacements: e.replacements,
});

// Every linted field on a page reads the same cached glossary array: compile it once for all of them.
const compiled = new WeakMap<GlossaryEntry[], Linter>();
function linterFor(data: GlossaryEntry[]): Linter {
  let linter = compiled.get(data);
  if (!linter) {
    linter = compileLinter(data.map(toTerm));
    compiled.set(data, linter);
  }
  return linter;
}

/** The linter over the glossary from GET /api/glossary, compiled once per fetched glossary. */
export function useGlossaryLinter(): GlossaryLinter {
  const glossary = useGlossary();
  const data = glossary.data;
  return useMemo(() => {
    const byPhrase = new Map((data ?? []).map((e) => [e.phrase, e]));
    return {
      linter: data ? linterFor(data) : undefined,
      entryOf: (phrase: string) => byPhrase.get(phrase),
      unavailable: glossary.isError,
    };
  }, [data, glossary.isError]);
}
