import { describe, expect, it } from 'vitest';
import { applySuggestion, matchCase } from './apply-suggestion';

describe('applying a suggestion', () => {
  it('replaces the span and puts the caret after the replacement', () => {
    const text = 'Call every warm lead today';
    expect(applySuggestion(text, { start: 11, end: 20, match: 'warm lead' }, 'segment-eligible contact')).toEqual({
      text: 'Call every segment-eligible contact today',
      caret: 35,
    });
  });

  it('keeps a capital first letter and shouting, and leaves lower case alone', () => {
    expect(matchCase('Warm lead', 'segment-eligible contact')).toBe('Segment-eligible contact');
    expect(matchCase('HOT PROSPECT', 'readiness observed')).toBe('READINESS OBSERVED');
    expect(matchCase('push ’em', 'offer when segment-eligible')).toBe('offer when segment-eligible');
    expect(matchCase('“Push them', 'wait')).toBe('Wait');
  });

  it('refuses when the text has moved on since the finding', () => {
    expect(applySuggestion('a hot lead', { start: 2, end: 11, match: 'warm lead' }, 'x')).toBeNull();
  });
});
