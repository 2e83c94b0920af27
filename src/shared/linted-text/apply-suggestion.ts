type Span = { start: number; end: number; match: string };

/** True while the text still holds the finding where it was found (the person may have typed since). */
export const stillAt = (text: string, f: Span) => text.slice(f.start, f.end) === f.match;

/** Writes the suggestion the way the match was written: "Warm lead" → "Segment-eligible contact". */
export function matchCase(match: string, suggestion: string): string {
  const letters = match.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return suggestion.toUpperCase();
  const first = match.match(/\p{L}/u)?.[0];
  if (first && first !== first.toLowerCase()) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  return suggestion;
}

/**
 * The text with one finding replaced by a suggestion, and where the caret belongs afterwards; null
 * when the finding is no longer where it was.
 */
export function applySuggestion(text: string, f: Span, suggestion: string): { text: string; caret: number } | null {
  if (!stillAt(text, f)) return null;
  const replacement = matchCase(f.match, suggestion);
  return { text: text.slice(0, f.start) + replacement + text.slice(f.end), caret: f.start + replacement.length };
}
