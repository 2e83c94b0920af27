// Regex source fragments shared by the term compiler and the boundary checks. They are strings,
// not RegExp objects, because each term pattern is assembled from several of them.

/** Letters of any script, combining marks (so "pushé" typed with U+0301 stays one word) and digits. */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

/**
 * Straight apostrophe, right and left single quotation marks and the modifier-letter apostrophe.
 * Writers and editors substitute these for one another freely ("’em", "‘em", "'em"), so a term
 * written with any of them matches all of them.
 */
export const APOSTROPHE = "['\\u2019\\u2018\\u02BC]";

/**
 * Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash and soft hyphen: the marks people
 * (and word processors) put between the halves of a compound. The em dash is left out because it
 * separates clauses, not word parts.
 */
export const HYPHEN = '[\\-\\u2010\\u2011\\u2012\\u2013\\u00AD]';

/**
 * Between the words or parts of a compound noun: any run of whitespace (line breaks, tabs, no-break
 * spaces), a hyphen (optionally followed by a line break, as in hard-wrapped text), or nothing at all
 * ("hotprospect", "reengagement").
 */
export const COMPOUND_GAP = `(?:\\s+|${HYPHEN}(?:[^\\S\\n]*\\n\\s*)?|)`;

/** Between the words of a verb phrase: whitespace only ("push   them", "wake\n'em up"). */
export const PHRASE_GAP = '\\s+';

// Each boundary mentions WORD_CHAR once: building a Unicode property class is the main cost of
// compiling these RegExps, and the first lint pays it.

/**
 * A word does not end at an apostrophe that is followed by a letter ("lead's", "don't"), so the
 * character after a match must be neither a word character nor such an inner apostrophe.
 */
export const RIGHT_BOUNDARY = `(?!${APOSTROPHE}?${WORD_CHAR})`;

/** The same rule looking backwards: the match must not continue a word ("repush", "o'push"). */
export const LEFT_BOUNDARY = `(?<!${WORD_CHAR}${APOSTROPHE}?)`;

/** Escapes a literal for use inside a RegExp, and widens any apostrophe to the apostrophe class. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['\u2019\u2018\u02BC]/g, APOSTROPHE);
}
