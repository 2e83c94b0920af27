import { describe, expect, it } from 'vitest';
import { barsText, countBars, outcomeBars } from './count-bars';

describe('grouped counts', () => {
  it('sorts largest first, names missing keys and drops zeros', () => {
    const bars = countBars(
      [
        { key: 'Lifecycle Marketing', count: 3 },
        { key: null, count: 5 },
        { key: 'Sales', count: 0 },
        { key: 'Brand', count: 3 },
      ],
      'No team recorded',
    );
    expect(bars).toEqual([
      { label: 'No team recorded', count: 5 },
      { label: 'Brand', count: 3 },
      { label: 'Lifecycle Marketing', count: 3 },
    ]);
    expect(barsText(bars, 'attempts')).toBe('No team recorded: 5; Brand: 3; Lifecycle Marketing: 3.');
    expect(barsText([], 'override attempts')).toBe('No override attempts.');
  });

  it('keeps the outcomes in the agenda order, withdrawn first, zeros included', () => {
    expect(outcomeBars({ withdrawn: 4, logic_review: 0, approved: 1, rejected: 2 })).toEqual([
      { outcome: 'withdrawn', label: 'Withdrawn', count: 4 },
      { outcome: 'logic_review', label: 'In logic review', count: 0 },
      { outcome: 'approved', label: 'Approved', count: 1 },
      { outcome: 'rejected', label: 'Rejected', count: 2 },
    ]);
  });
});
