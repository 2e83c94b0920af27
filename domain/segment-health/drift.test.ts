import { describe, expect, it } from 'vitest';
import { bandOf, driftOf, MIN_DELIVERED, type WeekCounts, withRates } from './drift';

const week = (i: number, delivered: number, unsubscribed: number, complained = 0): WeekCounts => ({
  weekStart: `2026-W${String(i).padStart(2, '0')}`,
  sends: delivered,
  delivered,
  unsubscribed,
  complained,
});

/** Ten baseline weeks of 1,000 deliveries with 4–6 unsubscribes, then two judged weeks. */
const history = (judged: [number, number][]) =>
  [
    ...[4, 5, 6, 5, 4, 5, 6, 5, 4, 5].map((u, i) => week(i, 1000, u)),
    ...judged.map(([d, u], i) => week(10 + i, d, u)),
  ].map(withRates);

describe('segment drift', () => {
  it('computes the band from the median and scaled MAD, with its floors', () => {
    // Rates 0.4–0.6%: median 0.5%, MAD 0.05 points. The half-width is the largest of
    // 3 × 1.4826 × 0.05 = 0.222 points, half the median (0.25) and the floor (0.2): 0.25 points.
    const band = bandOf(history([]).slice(0, 10), 'unsubscribe');
    expect(band?.median).toBeCloseTo(0.005, 6);
    expect(band?.high).toBeCloseTo(0.0075, 6);
    expect(band?.low).toBeCloseTo(0.0025, 6);
    expect(band?.baselineWeeks).toBe(10);
  });

  it('flags a latest week above the band, and not one inside it', () => {
    const out = driftOf(
      history([
        [1000, 5],
        [1000, 20],
      ]),
    );
    expect(out.drifting).toBe(true);
    expect(out.metrics).toEqual(['unsubscribe']);
    expect(out.summary).toMatch(
      /^Drifting: unsubscribe rate 2.0% in the week of 2026-W11, above its usual 0.25%–0.75%/,
    );
    expect(
      driftOf(
        history([
          [1000, 5],
          [1000, 7],
        ]),
      ).drifting,
    ).toBe(false);
  });

  it('does not judge a week with too few deliveries, however high its rate', () => {
    const out = driftOf(
      history([
        [1000, 5],
        [MIN_DELIVERED - 1, 50],
      ]),
    );
    expect(out.drifting).toBe(false);
    expect(out.summary).toMatch(/^In its usual band/);
  });

  it('needs enough baseline weeks before it judges anything, and says so', () => {
    const short = [week(0, 1000, 5), week(1, 1000, 5), week(2, 1000, 5), week(3, 1000, 90), week(4, 1000, 90)];
    const out = driftOf(short.map(withRates));
    expect(out.bands.unsubscribe).toBeNull();
    expect(out.drifting).toBe(false);
    expect(out.summary).toMatch(/^Not judged yet/);
    expect(driftOf([week(0, 0, 0)].map(withRates)).summary).toMatch(/^No outcome data/);
  });

  it('is not moved by one odd baseline week (the median and MAD ignore it)', () => {
    const weeks = history([
      [1000, 5],
      [1000, 20],
    ]);
    (weeks[3] as { unsubscribeRate: number | null }).unsubscribeRate = 0.5;
    // A mean ± 3 SD band would reach past 50%; the MAD only doubles (0.05 → 0.1 points): 0.5% + 0.445.
    expect(bandOf(weeks.slice(0, 10), 'unsubscribe')?.high).toBeCloseTo(0.005 + 3 * 1.4826 * 0.001, 6);
    expect(driftOf(weeks).drifting).toBe(true);
  });

  it('a fall in unsubscribes is not drift', () => {
    expect(
      driftOf(
        history([
          [1000, 0],
          [1000, 0],
        ]),
      ).drifting,
    ).toBe(false);
  });
});
