/**
 * People's text (names, notes, answers, sources) inside a Markdown export. The export is ours: a
 * name must not add a heading, a list item, a link or raw HTML to it, wherever it lands (a table
 * cell, after a list marker, inside a quote). So every character Markdown could read as markup is
 * backslash-escaped, which CommonMark allows for any ASCII punctuation and renders as the character.
 */

// Inline markup: emphasis, code, links and images, raw HTML and entities, tables, strikethrough,
// and what GFM turns into links by itself (`user@host`; `scheme://` and `www.` are handled below).
// A colon alone is left as written: it makes a link only before `//` (or inside link syntax,
// whose brackets are escaped).
const INLINE = /[\\`*_{}[\]()<>#!|~&@]/g;
// Line breaks of every kind, so that text never starts a block of its own.
const BREAKS = /\r\n?|[\n\v\f\u0085\u2028\u2029]/g;

/** One line of people's text, escaped; empty text stays empty. */
export function markdownText(value: string): string {
  const line = value.replace(BREAKS, ' ').replace(/\t/g, ' ').trimStart();
  return escapeBlockStart(
    line
      .replace(INLINE, '\\$&')
      .replace(/\b(www)\./gi, '$1\\.')
      .replace(/:(?=\/\/)/g, '\\:'),
  );
}

/** Several lines (a written answer), each escaped as `markdownText`, for a quote or a paragraph. */
export function markdownLines(value: string): string[] {
  return value.split(BREAKS).map(markdownText);
}

/**
 * What would open a block when it starts a line or follows a list marker: a list item ("- ", "+ ",
 * "1. ", "1) "), a setext underline ("===", "---"), a thematic break. `#`, `>`, `*`, backticks and
 * tildes are escaped everywhere already.
 */
function escapeBlockStart(line: string): string {
  return line.replace(/^[-+=]/, '\\$&').replace(/^(\d+)([.)])/, '$1\\$2');
}
