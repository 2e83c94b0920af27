import { describe, expect, it } from 'vitest';
import { type BreakdownRow, barsSummary, exceptionSegments, reasonBars } from './send-breakdown';

const row = (reason: BreakdownRow['reason'], count: number, segment: string | null = 'evaluation'): BreakdownRow => ({
  reason,
  count,
  segment,
  segmentName: segment ? segment[0]!.toUpperCase() + segment.slice(1) : null,
});

describe('reasonBars', () => {
  it('totals each reason across segments, largest first, and leaves out zeros', () => {
    const bars = reasonBars([
      row('segment_paused', 142),
      row('frequency_cap', 3, 'evaluation'),
      row('frequency_cap', 9, 'dormant'),
      row('approval_required', 0),
    ]);
    expect(bars.map((b) => [b.reason, b.value])).toEqual([
      ['segment_paused', 142],
      ['frequency_cap', 12],
    ]);
    expect(bars[0]?.label).toBe('Current segment is paused: pause respected');
  });

  it('orders ties by label so the chart does not reshuffle between renders', () => {
    const bars = reasonBars([row('unknown_contact', 2), row('approval_required', 2)]);
    expect(bars.map((b) => b.reason)).toEqual(['unknown_contact', 'approval_required']);
  });

  it('is empty for an empty breakdown', () => {
    expect(reasonBars([])).toEqual([]);
    expect(barsSummary([])).toBe('No contacts were held back.');
  });
});

describe('exceptionSegments', () => {
  it('lists each segment held back by a segment rule once, and skips caps and unknown contacts', () => {
    expect(
      exceptionSegments([
        row('segment_paused', 5),
        row('approval_required', 2),
        row('approval_required', 1, 'at-risk'),
        row('frequency_cap', 7, 'dormant'),
        row('unknown_contact', 1, null),
      ]),
    ).toEqual([
      { key: 'evaluation', name: 'Evaluation' },
      { key: 'at-risk', name: 'At-risk' },
    ]);
  });
});

describe('barsSummary', () => {
  it('reads the bars as text', () => {
    expect(barsSummary(reasonBars([row('segment_paused', 142), row('frequency_cap', 3)]))).toBe(
      'Contacts held back by reason: Current segment is paused: pause respected, 142; Frequency cap reached, 3.',
    );
  });
});
