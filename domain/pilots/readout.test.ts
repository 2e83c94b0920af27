import { describe, expect, it } from 'vitest';
import { cohortFigures, differenceInterval, metricReadout, neededPerCohort } from './readout';

const cohort = (reached: number, conversions: number, unsubscribes = 0, complaints = 0) =>
  cohortFigures({ size: reached, sends: reached * 2, reached, conversions, unsubscribes, complaints });

describe('pilot readout', () => {
  it('matches a hand-computed difference and interval', () => {
    // 60 of 400 against 40 of 400: 0.05, se = sqrt(.15·.85/400 + .1·.9/400) = 0.0233184, z = 1.959964.
    const { difference, interval } = differenceInterval(60, 400, 40, 400);
    expect(difference).toBeCloseTo(0.05, 10);
    expect(interval.low).toBeCloseTo(0.004297, 5);
    expect(interval.high).toBeCloseTo(0.095703, 5);
  });

  it('matches a hand-computed sample size', () => {
    // From 10% to 12%: (1.959964 + 0.841621)² · (.1·.9 + .12·.88) / .02² = 3838.1.
    expect(neededPerCohort(0.1, 0.02)).toBe(3839);
  });

  it('says too early below the needed sample, with both numbers', () => {
    const m = metricReadout('conversion', cohort(400, 60), cohort(400, 40));
    expect(m.verdict).toBe('too_early');
    expect(m.neededPerCohort).toBe(3839);
    expect(m.summary).toBe('too early: 400 of 3,839 needed');
  });

  it('calls a clear difference once the sample is there, in the metric direction', () => {
    expect(metricReadout('conversion', cohort(5000, 750), cohort(5000, 500)).verdict).toBe('pilot_better');
    expect(metricReadout('conversion', cohort(5000, 400), cohort(5000, 500)).verdict).toBe('pilot_worse');
    // More unsubscribes in the pilot is worse.
    expect(metricReadout('unsubscribe', cohort(20000, 0, 400), cohort(20000, 0, 100)).verdict).toBe('pilot_worse');
  });

  it('says no difference when the interval holds zero', () => {
    const m = metricReadout('conversion', cohort(5000, 505), cohort(5000, 500));
    expect(m.verdict).toBe('no_difference');
    expect(m.interval.low).toBeLessThan(0);
    expect(m.interval.high).toBeGreaterThan(0);
  });

  it('names a sample size even before the control has any event', () => {
    const m = metricReadout('complaint', cohort(0, 0), cohort(0, 0));
    expect(m.verdict).toBe('too_early');
    expect(m.neededPerCohort).toBeGreaterThan(0);
    expect(m.summary).toMatch(/^too early: 0 of [\d,]+ needed$/);
  });
});
