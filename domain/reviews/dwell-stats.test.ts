import { describe, expect, it } from 'vitest';
import { dwellFlags, median, mergeHistograms, quantile, summarizeDwell } from './dwell-stats';

const h = (...pairs: [number, number][]) => pairs.map(([days, count]) => ({ days, count }));

describe('dwell quantiles from a day histogram', () => {
  it('matches percentile_cont on the expanded values', () => {
    // 1, 2, 2, 10 → median between 2 and 2; p25 = 1 + 0.75 * (2 - 1)
    const hist = h([10, 1], [1, 1], [2, 2]);
    expect(median(hist)).toBe(2);
    expect(quantile(hist, 0.25)).toBeCloseTo(1.75);
    expect(quantile(hist, 1)).toBe(10);
    // an even count interpolates between the middle two: 3, 4 → 3.5
    expect(median(h([3, 1], [4, 1]))).toBe(3.5);
  });

  it('is null for no stays and ignores empty buckets', () => {
    expect(median([])).toBeNull();
    expect(median(h([5, 0]))).toBeNull();
    expect(median(h([5, 0], [7, 1]))).toBe(7);
  });

  it('merges histograms by day, sorted', () => {
    expect(mergeHistograms(h([4, 1], [2, 2]), h([2, 1]))).toEqual(h([2, 3], [4, 1]));
  });
});

describe('a segment month against its expected dwell', () => {
  const range = { min: 10, max: 30 };

  it('counts short ended stays below and long stays (ended or open) above; short open stays are still running', () => {
    const s = summarizeDwell(h([5, 2], [20, 2]), h([3, 4], [40, 2]), range);
    expect(s).toMatchObject({ stays: 10, ended: 4, open: 6 });
    expect(s.shareBelow).toBeCloseTo(0.2);
    expect(s.shareAbove).toBeCloseTo(0.2);
  });

  it('flags a median outside the range', () => {
    const short = summarizeDwell(h([2, 5], [20, 1]), [], range);
    expect(dwellFlags(short, range)).toEqual(['median_below', 'share_outside']);
    const long = summarizeDwell([], h([45, 3]), range);
    expect(dwellFlags(long, range)).toEqual(['median_above', 'share_outside']);
  });

  it('flags a large share outside even when the median is inside', () => {
    const s = summarizeDwell(h([5, 2], [15, 3]), [], range);
    expect(s.median).toBe(15);
    expect(dwellFlags(s, range)).toEqual(['share_outside']);
    expect(dwellFlags(s, range, 0.5)).toEqual([]);
  });

  it('judges "too short" on ended stays only: young open stays are still running', () => {
    const s = summarizeDwell(h([12, 2]), h([1, 5], [2, 5]), range);
    expect(s.median).toBe(2);
    expect(s.endedMedian).toBe(12);
    expect(dwellFlags(s, range)).toEqual([]);
  });

  it('does not flag a healthy or an empty segment', () => {
    expect(dwellFlags(summarizeDwell(h([12, 4], [25, 4]), h([5, 3]), range), range)).toEqual([]);
    expect(dwellFlags(summarizeDwell([], [], range), range)).toEqual([]);
  });
});
