import { describe, expect, it } from 'vitest';
import type { DwellSegment } from '#domain/schemas/reviews';
import { dwellBuckets, dwellSummary, expectedBand, medianTrend, trendScale } from './dwell-chart';

const h = (...rows: [number, number, number][]) => rows.map(([days, ended, open]) => ({ days, ended, open }));

describe('dwell distribution buckets', () => {
  it('uses a round width for about a dozen bars and marks each below, within or above the range', () => {
    const buckets = dwellBuckets(h([2, 1, 0], [10, 2, 1], [31, 0, 2]), { min: 10, max: 30 });
    expect(buckets.map((b) => [b.label, b.zone, b.ended, b.open])).toEqual([
      ['0–2', 'below', 1, 0],
      ['3–5', 'below', 0, 0],
      ['6–8', 'below', 0, 0],
      ['9–11', 'within', 2, 1],
      ['12–14', 'within', 0, 0],
      ['15–17', 'within', 0, 0],
      ['18–20', 'within', 0, 0],
      ['21–23', 'within', 0, 0],
      ['24–26', 'within', 0, 0],
      ['27–29', 'within', 0, 0],
      ['30–32', 'within', 0, 2],
    ]);
    expect(expectedBand(buckets)).toEqual({ from: '9–11', to: '30–32' });
  });

  it('widens the bars for very long stays and counts every stay once', () => {
    // Beyond a year per bar the width stops being round: 5,001 days in 12 bars of 417.
    const buckets = dwellBuckets(h([1, 1, 0], [40, 0, 3], [5000, 0, 5]), { min: 0, max: 7 });
    expect(buckets).toHaveLength(12);
    expect(buckets.at(-1)).toMatchObject({ label: '4587–5003', zone: 'above', open: 5 });
    expect(buckets[0]).toMatchObject({ label: '0–416', ended: 1, open: 3 });
    expect(buckets.reduce((s, b) => s + b.ended + b.open, 0)).toBe(9);
  });

  it('has no bars without stays, and no band when nothing lies in range', () => {
    expect(dwellBuckets([], { min: 1, max: 5 })).toEqual([]);
    expect(expectedBand(dwellBuckets(h([1, 1, 0]), { min: 50, max: 60 }))).toBeNull();
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

  it('scales the trend to the medians, clipping a wide expected band', () => {
    expect(trendScale(seg, '2026-11')).toEqual({ top: 56, band: { y1: 7, y2: 30 } });
    const wide = { ...seg, expected: { min: 60, max: 365 } };
    expect(trendScale(wide, '2026-11')).toEqual({ top: 72, band: { y1: 60, y2: 72 } });
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
