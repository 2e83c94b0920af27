import { describe, expect, it } from 'vitest';
import { dayInWords, instantInWords } from './time-words';

describe('dates in words', () => {
  it('names the UTC day, whatever the hour', () => {
    expect(dayInWords(new Date('2026-12-05T00:00:00Z'))).toBe('5 Dec 2026');
    expect(dayInWords(new Date('2026-12-05T23:59:59.999Z'))).toBe('5 Dec 2026');
  });

  it('names the instant to the minute in UTC, on a 24-hour clock', () => {
    expect(instantInWords(new Date('2026-12-05T21:49:19Z'))).toBe('5 Dec 2026, 21:49 UTC');
    expect(instantInWords(new Date('2027-01-01T00:00:00Z'))).toBe('1 Jan 2027, 00:00 UTC');
  });
});
