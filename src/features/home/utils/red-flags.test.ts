import { describe, expect, it } from 'vitest';
import { flagTone, trendPoints, trendSummary } from './red-flags';

const month = (m: string, v: number, u = 0, o = 0) => ({
  month: m,
  pauseViolations: v,
  segmentUnsafeAttempts: u,
  overrideAttempts: o,
  suppressedContacts: 0,
});

describe('red-flag metrics on home', () => {
  it('is red only for pause violations above zero; the other two stay calm however high', () => {
    expect(flagTone('pauseViolations', 1)).toBe('danger');
    expect(flagTone('pauseViolations', 0)).toBe('ok');
    expect(flagTone('segmentUnsafeAttempts', 40)).toBe('calm');
    expect(flagTone('overrideAttempts', 7)).toBe('calm');
  });

  it('shapes one point per month, oldest first, labelled by month', () => {
    const items = [month('2026-10', 0, 4, 1), month('2026-11', 2, 9, 3)];
    expect(trendPoints(items, 'segmentUnsafeAttempts')).toEqual([
      { month: '2026-10', label: 'Oct', value: 4 },
      { month: '2026-11', label: 'Nov', value: 9 },
    ]);
    expect(trendPoints(items, 'pauseViolations').map((p) => p.value)).toEqual([0, 2]);
  });

  it('says the trend and the target in words', () => {
    const points = trendPoints([month('2026-10', 0), month('2026-11', 2)], 'pauseViolations');
    expect(trendSummary('Pause violations', points, 0)).toBe(
      'Pause violations over the last 2 months: Oct 0, Nov 2. Target 0.',
    );
    expect(trendSummary('Override attempts', [], null)).toBe('Override attempts: no months to show.');
  });
});
