import { describe, expect, it } from 'vitest';
import { bySegment, comparedWithLastMonth, suppressedSummary, weeklyByReason } from './suppressed-chart';

const items = [
  { weekStart: '2026-11-09', segment: 'evaluation', reason: 'segment_paused' as const, count: 30 },
  { weekStart: '2026-11-02', segment: 'evaluation', reason: 'segment_paused' as const, count: 10 },
  { weekStart: '2026-11-02', segment: null, reason: 'unknown_contact' as const, count: 2 },
  { weekStart: '2026-11-02', segment: 'dormant', reason: 'frequency_cap' as const, count: 0 },
];

describe('suppressed volume chart data', () => {
  it('stacks reasons per week in calendar order, keeping only reasons that occur, in the fixed reason order', () => {
    const { rows, reasons } = weeklyByReason(items);
    expect(reasons).toEqual(['unknown_contact', 'segment_paused']);
    expect(rows).toEqual([
      { weekStart: '2026-11-02', label: 'w/c 2 Nov', total: 12, segment_paused: 10, unknown_contact: 2 },
      { weekStart: '2026-11-09', label: 'w/c 9 Nov', total: 30, segment_paused: 30 },
    ]);
  });

  it('totals by segment, naming contacts without one', () => {
    expect(bySegment(items)).toEqual([
      { segment: 'evaluation', count: 40 },
      { segment: 'No segment', count: 2 },
    ]);
  });

  it('compares with last month without calling a rise a failure', () => {
    expect(comparedWithLastMonth(120, 100)).toBe('Up 20 (20%) on last month (100).');
    expect(comparedWithLastMonth(50, 100)).toBe('Down 50 (50%) on last month (100).');
    expect(comparedWithLastMonth(5, 0)).toBe('Up 5 on last month (0).');
    expect(comparedWithLastMonth(0, 0)).toBe('None this month or last month.');
    expect(comparedWithLastMonth(7, 7)).toBe('The same as last month (7).');
  });

  it('writes a text alternative', () => {
    expect(suppressedSummary({ total: 0, lastMonthTotal: 3, segmentUnsafeAttempts: 0, items: [] })).toBe(
      'No decisions were held back this month.',
    );
    const text = suppressedSummary({ total: 41, lastMonthTotal: 41, segmentUnsafeAttempts: 2, items });
    expect(text).toContain('41 held-back decisions this month. The same as last month (41).');
    expect(text).toContain('w/c 2 Nov: Not a known contact 2, Current segment is paused: pause respected 10');
  });
});
