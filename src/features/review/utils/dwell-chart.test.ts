import { describe, expect, it } from 'vitest';
import type { DwellSegment } from '../../../../domain/schemas/reviews';
import { dwellBuckets, dwellSummary, medianTrend } from './dwell-chart';

const h = (...pairs: [number, number][]) => pairs.map(([days, count]) => ({ days, count }));

describe('dwell distribution buckets', () => {
  it('aligns bars on the expected minimum and marks each bar below, within or above the range', () => {
    const buckets = dwellBuckets(h([2, 1], [10, 3], [31, 2]), { min: 10, max: 30 });
    expect(buckets.map((b) => [b.label, b.zone, b.count])).toEqual([
      ['0–3', 'below', 1],
      ['4–9', 'below', 0],
      ['10–15', 'within', 3],
      ['16–21', 'within', 0],
      ['22–27', 'within', 0],
      ['28–33', 'within', 2],
    ]);
  });

  it('folds a long tail into one last bar and counts every stay once', () => {
    const buckets = dwellBuckets(h([1, 1], [400, 5]), { min: 0, max: 7 });
    expect(buckets).toHaveLength(14);
    expect(buckets.at(-1)).toMatchObject({ label: '26+', to: null, zone: 'above', count: 5 });
    expect(buckets.reduce((s, b) => s + b.count, 0)).toBe(6);
  });

  it('has no bars without stays', () => {
    expect(dwellBuckets([], { min: 1, max: 5 })).toEqual([]);
  });
});

const seg: DwellSegment = {
  key: 'evaluation',
  name: 'Evaluation',
  version: 2,
  expected: { min: 7, max: 30 },
  current: {
    stays: 12,
    ended: 4,
    open: 8,
    median: 40,
    endedMedian: 20,
    p25: 20,
    p75: 50,
    shareBelow: 0.25,
    shareAbove: 0.5,
    histogram: [],
  },
  previous: [
    { month: '2026-08', stays: 10, median: 14 },
    { month: '2026-09', stays: 11, median: 1 },
    { month: '2026-10', stays: 0, median: null },
  ],
  flags: ['median_above', 'share_outside'],
};

describe('dwell trend and text', () => {
  it('lists the median per month, oldest first, ending with this month', () => {
    expect(medianTrend(seg, '2026-11').map((p) => [p.label, p.median])).toEqual([
      ['Aug', 14],
      ['Sept', 1],
      ['Oct', null],
      ['Nov', 40],
    ]);
  });

  it('says it in words', () => {
    expect(dwellSummary(seg, '2026-11')).toBe(
      'Evaluation: median 40 days across 12 stays (4 ended, 8 open); expected 7–30 days. 25% left sooner than expected, 50% stayed longer. Earlier months: Aug 14 days, Sept 1 day, Oct no stays.',
    );
    expect(dwellSummary({ ...seg, current: { ...seg.current, stays: 0 } }, '2026-11')).toBe(
      'Evaluation: no stays ended or were open this month.',
    );
  });
});
