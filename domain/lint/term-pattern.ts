import { APOSTROPHE, COMPOUND_GAP, literal, PHRASE_GAP } from './char-classes';
import { mentStem, nounForms, verbForms } from './word-forms';

/**
 * The pronoun slot. A term word that is an object pronoun ("push them", "wake them up") stands for
 * any personal object pronoun, because the retired idea is the action done to a person, whoever
 * that person is: me, you, him, her, us, them and the contraction 'em (any apostrophe, or none:
 * "push em"). "it" is deliberately not a person pronoun here: "push it live" is release jargon,
 * not pressure on a customer. Nouns ("the customer", "contacts") never fill the slot; list such a
 * phrase as its own term if it must be retired.
 */
const OBJECT_PRONOUNS = ['me', 'you', 'him', 'her', 'us', 'them'];
const PRONOUN_SLOT =
  `(?:${PHRASE_GAP}(?:${OBJECT_PRONOUNS.join('|')}|${APOSTROPHE}?em)` +
  // "push'em": an apostrophe contraction may be written straight onto the verb.
  `|\\s*${APOSTROPHE}em)`;

/** A trailing particle marks a phrasal verb even without a pronoun ("follow up", "reach out"). */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'back', 'over', 'away', 'in', 'on', 'around']);

const HYPHENS = /[-\u2010\u2011\u2012\u2013\u00AD]/;

export type PatternOptions = {
  /**
   * Retired terms also match derived forms: verb forms of a single-word term and of a -ment noun's
   * stem. Promoted terms are only protected as written (plus their plural), so this is off for them.
   */
  derive: boolean;
};

/**
 * Compiles a glossary phrase into RegExp source (for the `iu` flags) that matches its written
 * variants. Word boundaries are added by the caller, once for a whole union of terms.
 *
 * Shape of a phrase, decided from its words rather than listed by hand:
 * - a verb phrase has a pronoun slot or ends in a particle: its first word takes every verb form
 *   (push/pushes/pushing/pushed, wake/woke/woken), the pronoun slot takes any object pronoun, and
 *   the words are separated by whitespace only;
 * - anything else is a noun phrase: its last word (the head) takes singular, plural and 's forms,
 *   and words may be separated by whitespace, a hyphen or nothing ("hot-prospect", "hotprospect").
 * Within a hyphenated word the parts accept the same three separators ("re engagement",
 * "reengagement", "re‑engagement"). Returns undefined for a blank phrase.
 */
export function termPattern(phrase: string, options: PatternOptions): string | undefined {
  const words = phraseWords(phrase);
  if (words.length === 0) return undefined;

  const last = words.length - 1;
  const isVerbPhrase = isVerbPhraseOf(words);
  const inflected = isVerbPhrase ? 0 : last;

  let source = '';
  words.forEach((word, index) => {
    if (isVerbPhrase && index > 0 && isPronoun(word)) {
      source += PRONOUN_SLOT;
      return;
    }
    if (index > 0) source += isVerbPhrase ? PHRASE_GAP : COMPOUND_GAP;
    const parts = word.split(HYPHENS).filter((part) => part.length > 0);
    const head = parts.pop() ?? word;
    const forms = index !== inflected ? [head] : formsOf(head, { isVerbPhrase, single: words.length === 1, options });
    source += [...parts.map(literal), alternation(forms)].join(COMPOUND_GAP);
  });
  return source;
}

/** A phrase's words, lower-cased with one kind of apostrophe. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[\u2019\u2018\u02BC]/g, "'")
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

/** A verb phrase has a pronoun slot or ends in a particle ("push them", "follow up"); anything else is a noun phrase. */
export function isVerbPhraseOf(words: string[]): boolean {
  return (
    words.some((word, index) => index > 0 && isPronoun(word)) ||
    (words.length > 1 && PARTICLES.has(words[words.length - 1] ?? ''))
  );
}

function formsOf(word: string, shape: { isVerbPhrase: boolean; single: boolean; options: PatternOptions }): string[] {
  if (shape.isVerbPhrase) return verbForms(word);
  if (!shape.options.derive) return nounForms(word);
  const stem = mentStem(word);
  if (stem !== undefined) return [...nounForms(word), ...verbForms(stem)];
  // A lone retired word is retired in every use, as a noun or as a verb ("blast", "blasting").
  return shape.single ? [...nounForms(word), ...verbForms(word)] : nounForms(word);
}

function isPronoun(word: string): boolean {
  return OBJECT_PRONOUNS.includes(word) || /^'?em$/.test(word);
}

/** Longest form first, so that the leftmost match at a position is also the longest one. */
function alternation(forms: string[]): string {
  const unique = [...new Set(forms)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique.length === 1 ? literal(unique[0] ?? '') : `(?:${unique.map(literal).join('|')})`;
}
