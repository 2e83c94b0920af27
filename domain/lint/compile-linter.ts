import type { GlossaryTerm } from '#domain/glossary/glossary-term';
import { LEFT_BOUNDARY, RIGHT_BOUNDARY } from './char-classes';
import { inflectSuggestion } from './inflect-suggestion';
import { termPattern } from './term-pattern';

/** One occurrence of retired language. Offsets are UTF-16 indexes into the linted string, end exclusive. */
export type Finding = {
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  match: string;
  /** The glossary phrase this is a form of. */
  term: string;
  kind: 'retired';
  /** The term's replacements, in the form of the match (plural, possessive, verb tense). */
  suggestions: string[];
};

export type Linter = {
  /** Findings sorted by start, never overlapping each other or a promoted phrase. */
  lint(text: string): Finding[];
};

type CompiledTerm = { term: GlossaryTerm; source: string; sticky: RegExp };
type Span = { start: number; end: number };

/**
 * Compiles the glossary once; `lint` is then cheap enough to run on every keystroke.
 *
 * One combined RegExp finds the next position where any retired term matches. Only there are the
 * terms tried one by one (sticky), and the longest wins, so the common case, text with no retired
 * language, costs a single native scan. Matching is leftmost-longest: the earliest match is kept,
 * and the scan resumes after it. A match that overlaps a promoted phrase is dropped, because the
 * promoted language is what writers are asked to use.
 */
export function compileLinter(terms: readonly GlossaryTerm[]): Linter {
  const retired = compile(terms, 'retired');
  const promoted = compile(terms, 'promoted');
  if (retired.length === 0) return { lint: () => [] };

  const scanner = union(retired, 'giu');
  const promotedScanner = promoted.length > 0 ? union(promoted, 'giu') : undefined;
  const leftBoundary = new RegExp(LEFT_BOUNDARY, 'uy');

  return {
    lint(text) {
      const findings: Finding[] = [];
      let protectedSpans: Span[] | undefined;
      scanner.lastIndex = 0;
      for (let found = scanner.exec(text); found !== null; found = scanner.exec(text)) {
        const start = found.index;
        leftBoundary.lastIndex = start;
        if (!leftBoundary.test(text)) {
          scanner.lastIndex = start + 1;
          continue;
        }
        protectedSpans ??= promotedScanner ? spansOf(promotedScanner, leftBoundary, text) : [];
        const best = longestAt(retired, text, start, protectedSpans);
        if (best === undefined) {
          scanner.lastIndex = start + 1;
          continue;
        }
        const match = text.slice(start, best.end);
        const { phrase, replacements } = best.term;
        findings.push({
          start,
          end: best.end,
          match,
          term: phrase,
          kind: 'retired',
          // In the form the writer used: "hot prospects" is offered "segment-eligible contacts".
          suggestions: [...new Set(replacements.map((r) => inflectSuggestion(phrase, match, r)))],
        });
        scanner.lastIndex = best.end;
      }
      return findings;
    },
  };
}

function compile(terms: readonly GlossaryTerm[], kind: GlossaryTerm['kind']): CompiledTerm[] {
  return terms.flatMap((term) => {
    if (term.kind !== kind) return [];
    const source = termPattern(term.phrase, { derive: kind === 'retired' });
    return source === undefined ? [] : [{ term, source, sticky: new RegExp(`(?:${source})${RIGHT_BOUNDARY}`, 'iuy') }];
  });
}

/** The boundary is written once after the alternation: backtracking still tries every alternative. */
function union(terms: CompiledTerm[], flags: string): RegExp {
  return new RegExp(`(?:${terms.map(({ source }) => source).join('|')})${RIGHT_BOUNDARY}`, flags);
}

function longestAt(terms: CompiledTerm[], text: string, start: number, spans: Span[]) {
  let best: { term: GlossaryTerm; end: number } | undefined;
  for (const { term, sticky } of terms) {
    sticky.lastIndex = start;
    const found = sticky.exec(text);
    if (found === null) continue;
    const end = start + found[0].length;
    if ((best === undefined || end > best.end) && !overlapsAny(spans, start, end)) best = { term, end };
  }
  return best;
}

/** Promoted occurrences, found once per lint and only when a retired candidate needs checking. */
function spansOf(scanner: RegExp, leftBoundary: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  scanner.lastIndex = 0;
  for (let found = scanner.exec(text); found !== null; found = scanner.exec(text)) {
    leftBoundary.lastIndex = found.index;
    if (leftBoundary.test(text)) spans.push({ start: found.index, end: found.index + found[0].length });
    else scanner.lastIndex = found.index + 1;
  }
  return spans;
}

/** Binary search: spans are sorted and disjoint, so only the first one ending after `start` can overlap. */
function overlapsAny(spans: Span[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((spans[middle]?.end ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  const candidate = spans[low];
  return candidate !== undefined && candidate.start < end;
}
