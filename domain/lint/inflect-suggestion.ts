import pluralize from 'pluralize';
import { IRREGULAR_PAST } from './irregular-verbs';
import { isVerbPhraseOf, phraseWords } from './term-pattern';
import { presentParticiple, regularPast, thirdPerson } from './word-forms';

// A replacement is listed once, in its base form ("segment-eligible contact"), as the retired
// term is ("hot prospect"). When the writer used another form ("hot prospects", "woke them up"),
// the replacement is offered in that form, so that "Replace with …" leaves a sentence that still
// reads. English-only rules, like the linter's own (word-forms.ts); anything they do not
// recognise is offered unchanged.

type VerbForm = 'base' | 'third' | 'ing' | 'past';

const WORD = /[\p{L}\p{M}'-]+/gu;
/** Words that end a noun phrase's head: "contact in their current segment", "contact with …". */
const POSTMODIFIERS = new Set(['in', 'with', 'of', 'for', 'from', 'to', 'that', 'who', 'whose', 'at', 'on', 'by']);
/** A second word that shows the first is a verb: "wait for …", "offer when …". */
const VERB_COMPLEMENTS = new Set(['for', 'when', 'until', 'to', 'a', 'an', 'the', 'on', 'in', 'with', 'after']);

/** `suggestion` in the form `match` takes of the retired `term`. */
export function inflectSuggestion(term: string, match: string, suggestion: string): string {
  const termWords = phraseWords(term);
  const written =
    match
      .toLowerCase()
      .replace(/[\u2019\u2018\u02BC]/g, "'")
      .match(WORD) ?? [];
  if (isVerbPhraseOf(termWords)) return inflectVerbPhrase(suggestion, verbFormOf(termWords[0] ?? '', written[0]));
  const head = (termWords.at(-1) ?? '').split('-').pop() ?? '';
  const last = (written.at(-1) ?? '').split('-').pop() ?? '';
  const possessive = last.endsWith("'s");
  const singular = pluralize.singular(head);
  const plural = pluralize.plural(singular);
  const isPlural = !possessive && plural !== singular && last.endsWith(plural);
  return inflectNounPhrase(suggestion, { plural: isPlural, possessive });
}

function verbFormOf(verb: string, written: string | undefined): VerbForm {
  if (!written || written === verb) return 'base';
  if (written === thirdPerson(verb)) return 'third';
  const ing = presentParticiple(verb);
  if (written === ing || written === `${ing.slice(0, -1)}'`) return 'ing';
  if ((IRREGULAR_PAST[verb] ?? [regularPast(verb)]).includes(written)) return 'past';
  return 'base';
}

function inflectVerbPhrase(suggestion: string, form: VerbForm): string {
  const [first = '', second, ...rest] = suggestion.split(' ');
  // "pause respected" replaces "wake them up" as a whole idea, not as a verb: leave it be.
  if (form === 'base' || second === undefined || !VERB_COMPLEMENTS.has(second.toLowerCase())) return suggestion;
  const verb = first.toLowerCase();
  const inflected =
    form === 'third'
      ? thirdPerson(verb)
      : form === 'ing'
        ? presentParticiple(verb)
        : (IRREGULAR_PAST[verb]?.[0] ?? regularPast(verb));
  return [inflected, second, ...rest].join(' ');
}

function inflectNounPhrase(suggestion: string, form: { plural: boolean; possessive: boolean }): string {
  if (!form.plural && !form.possessive) return suggestion;
  const words = suggestion.split(' ');
  let head = words.findIndex((w, i) => i > 0 && POSTMODIFIERS.has(w.toLowerCase())) - 1;
  if (head < 0) head = words.length - 1;
  // "pause respected": a trailing participle describes the noun before it.
  if (head > 0 && head === words.length - 1 && /ed$/.test(words[head] ?? '')) head--;
  if (form.plural) {
    const parts = (words[head] ?? '').split('-');
    parts[parts.length - 1] = pluralize.plural(parts.at(-1) ?? '');
    words[head] = parts.join('-');
  }
  const phrase = words.join(' ');
  if (!form.possessive) return phrase;
  return phrase.endsWith('s') ? `${phrase}'` : `${phrase}'s`;
}
