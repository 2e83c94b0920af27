import pluralize from 'pluralize';
import { IRREGULAR_PAST } from './irregular-verbs';

// Inflection of a single lower-case word, so that a glossary lists a term once ("warm lead") and the
// linter still recognises "warm leads" or "pushing". Rules are English-only and intentionally
// over-generate rather than under-generate: a form that is not a real word never occurs in text,
// so it costs nothing, while a missing form lets retired language through.

/** Singular, plural (via `pluralize`, which knows irregular nouns) and their 's possessives. */
export function nounForms(word: string): string[] {
  const singular = pluralize.singular(word);
  const plural = pluralize.plural(singular);
  const forms = new Set([word, singular, plural]);
  // "leads'" is left out on purpose: a trailing apostrophe is more often a closing quote.
  for (const form of [singular, plural]) if (!form.endsWith('s')) forms.add(`${form}'s`);
  return [...forms];
}

/** Base, third person, present participle (also clipped "pushin'") and past forms of a verb. */
export function verbForms(verb: string): string[] {
  const ing = presentParticiple(verb);
  // Own keys only: a glossary phrase such as "constructor" must not find Object's members.
  const past = Object.hasOwn(IRREGULAR_PAST, verb) ? (IRREGULAR_PAST[verb] ?? []) : [regularPast(verb)];
  return [...new Set([verb, thirdPerson(verb), ing, `${ing.slice(0, -1)}'`, ...past])];
}

/**
 * "engagement" → "engage": a retired -ment noun also retires the verb it is built on, so
 * "re-engagement" catches "re-engaging". Stems shorter than three letters ("ment" in "cement")
 * are not derived.
 */
export function mentStem(word: string): string | undefined {
  const singular = pluralize.singular(word);
  return singular.endsWith('ment') && singular.length >= 7 ? singular.slice(0, -4) : undefined;
}

export function thirdPerson(verb: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

export function presentParticiple(verb: string): string {
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  // Keep the e of "see", "dye", "toe" and two-letter verbs ("be"); drop it elsewhere ("wake" → "waking").
  if (verb.length > 2 && /[^eyo]e$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  if (doublesFinalConsonant(verb)) return `${verb}${verb.at(-1)}ing`;
  return `${verb}ing`;
}

export function regularPast(verb: string): string {
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (doublesFinalConsonant(verb)) return `${verb}${verb.at(-1)}ed`;
  return `${verb}ed`;
}

/**
 * One-syllable verbs ending consonant-vowel-consonant double the consonant ("stop" → "stopping");
 * w, x and y never double. Longer verbs double only when the last syllable is stressed, which
 * spelling cannot tell us, so they are left alone ("target" → "targeting").
 */
function doublesFinalConsonant(verb: string): boolean {
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb);
}
