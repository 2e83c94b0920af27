import { describe, expect, it } from 'vitest';
import { SEED_TERMS } from '#domain/glossary/seed-terms';
import { compileLinter } from './compile-linter';
import { inflectSuggestion } from './inflect-suggestion';

const linter = compileLinter(SEED_TERMS);
const suggestionsFor = (text: string) => linter.lint(text).map((f) => f.suggestions);

describe('a replacement keeps the form of what it replaces', () => {
  it('is plural for a plural match, and possessive for a possessive one', () => {
    expect(suggestionsFor('Call the hot prospects')).toEqual([
      ['segment-eligible contacts', 'contacts with readiness observed'],
    ]);
    expect(suggestionsFor('every warm-leads list')).toEqual([
      ['segment-eligible contacts', 'contacts in their current segment'],
    ]);
    expect(suggestionsFor('the warm lead’s inbox')).toEqual([
      ["segment-eligible contact's", "contact in their current segment's"],
    ]);
  });

  it('leaves a singular match alone', () => {
    expect(suggestionsFor('one hot prospect')).toEqual([
      ['segment-eligible contact', 'contact with readiness observed'],
    ]);
  });

  it('pluralises the noun a participle describes, and the last part of a compound', () => {
    expect(inflectSuggestion('re-engagement', 're-engagements', 'pause respected')).toBe('pauses respected');
    expect(inflectSuggestion('re-engagement', 'reengagements', 'customer-initiated return')).toBe(
      'customer-initiated returns',
    );
  });

  it('puts a verb replacement in the tense of the match, and leaves a noun idea unchanged', () => {
    expect(suggestionsFor('we pushed them hard')).toEqual([
      ['waited for readiness observed', 'offered when segment-eligible'],
    ]);
    expect(suggestionsFor('she keeps pushing them')).toEqual([
      ['waiting for readiness observed', 'offering when segment-eligible'],
    ]);
    expect(suggestionsFor('he pushes them')).toEqual([
      ['waits for readiness observed', 'offers when segment-eligible'],
    ]);
    expect(suggestionsFor('we woke them up')).toEqual([['pause respected', 'waited for a customer-initiated contact']]);
    expect(suggestionsFor('wake them up')).toEqual([['pause respected', 'wait for a customer-initiated contact']]);
  });
});
