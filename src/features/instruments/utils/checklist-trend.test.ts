import { describe, expect, it } from 'vitest';
import { checklistTrend } from './checklist-trend';

describe('the checklist trend', () => {
  it('gives the months up to the last, oldest first, with a gap for a month nobody scored', () => {
    const points = checklistTrend(
      [
        { month: '2026-09', score: 4 },
        { month: '2026-11', score: 7 },
        { month: '2025-01', score: 9 },
      ],
      '2026-11',
      4,
    );
    expect(points).toEqual([
      { month: '2026-08', label: 'Aug 26', score: null },
      { month: '2026-09', label: 'Sep 26', score: 4 },
      { month: '2026-10', label: 'Oct 26', score: null },
      { month: '2026-11', label: 'Nov 26', score: 7 },
    ]);
  });

  it('crosses a year', () => {
    expect(checklistTrend([], '2026-01', 3).map((p) => p.month)).toEqual(['2025-11', '2025-12', '2026-01']);
  });
});
