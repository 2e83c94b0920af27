import { describe, expect, it } from 'vitest';
import { isFutureMonth, monthLabel, previousMonths, shiftMonth } from './months';

describe('review month arithmetic', () => {
  it('moves across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-11', 2)).toBe('2027-01');
    expect(previousMonths('2026-02', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
  });

  it('knows a future month and names a month', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(isFutureMonth('2026-12', now)).toBe(true);
    expect(isFutureMonth('2026-11', now)).toBe(false);
    expect(isFutureMonth('2025-12', now)).toBe(false);
    expect(monthLabel('2026-11')).toBe('November 2026');
  });
});
