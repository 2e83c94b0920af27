/**
 * A glossary entry, shared by the client (lint as you type, the glossary screen) and the server
 * (re-lint on submit, the glossary store). Retired terms carry why they were retired and what to say
 * instead; promoted terms carry their definition and are never flagged by the linter.
 */
export type GlossaryTerm = {
  /** Absent for seed and draft terms that have not been stored yet. */
  id?: string;
  /** Written once, in its plainest form; the linter derives plurals, verb forms and spellings. */
  phrase: string;
  kind: 'retired' | 'promoted';
  /** Retired terms: why the phrase is retired, shown next to a finding. */
  reason?: string;
  /** Promoted terms: what the phrase means, in one sentence. */
  definition?: string;
  /** Retired terms: phrases to use instead. Empty for promoted terms. */
  replacements: string[];
};
