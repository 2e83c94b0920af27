import { describe, expect, it } from 'vitest';
import type { PilotReadout } from '#domain/schemas/pilots';
import { readoutRows, readoutSummary } from './readout-rows';

const cohort = (reached: number, conversion: number, unsubscribe: number) => ({
  size: reached,
  sends: reached,
  reached,
  conversions: Math.round(conversion * reached),
  unsubscribes: Math.round(unsubscribe * reached),
  complaints: 0,
  rates: { conversion, unsubscribe, complaint: 0 },
});

const readout = {
  cohorts: { pilot: cohort(1000, 0.15, 0.01), control: cohort(1000, 0.1, 0.01) },
  metrics: [
    {
      metric: 'conversion',
      difference: 0.05,
      interval: { low: 0.02, high: 0.08 },
      neededPerCohort: 900,
      reachedPerCohort: 1000,
      verdict: 'pilot_better',
      summary: 'pilot better: conversion rate 15.00% against 10.00%',
    },
    {
      metric: 'unsubscribe',
      difference: 0,
      interval: { low: -0.004, high: 0.004 },
      neededPerCohort: 5000,
      reachedPerCohort: 1000,
      verdict: 'too_early',
      summary: 'too early: 1,000 of 5,000 needed',
    },
    {
      metric: 'complaint',
      difference: 0,
      interval: { low: -1, high: 1 },
      neededPerCohort: 9000,
      reachedPerCohort: 1000,
      verdict: 'too_early',
      summary: 'too early: 1,000 of 9,000 needed',
    },
  ],
} as unknown as PilotReadout;

describe('readout rows', () => {
  it('scales each metric on its own and words the interval in points', () => {
    const [conversion, unsubscribe, complaint] = readoutRows(readout);
    expect(conversion).toMatchObject({
      pilot: '15.00%',
      control: '10.00%',
      pilotWidth: 100,
      controlWidth: 67,
      tone: 'success',
    });
    expect(conversion?.change).toBe('+5.00 pts');
    expect(conversion?.interval).toBe('difference +5.00 points, 95% interval +2.00 to +8.00');
    expect(unsubscribe).toMatchObject({ pilotWidth: 100, controlWidth: 100, tone: 'neutral' });
    expect(unsubscribe?.interval).toBe('difference +0.00 points, 95% interval −0.40 to +0.40');
    expect(complaint).toMatchObject({ pilotWidth: 0, controlWidth: 0 });
  });

  it('says when a cohort has reached nobody instead of an interval of everything', () => {
    const empty = { ...readout, metrics: readout.metrics.map((m) => ({ ...m, reachedPerCohort: 0 })) } as PilotReadout;
    expect(readoutRows(empty)[0]?.interval).toBe('no contact reached in a cohort yet');
  });

  it('reads every metric in the text alternative', () => {
    const text = readoutSummary(readoutRows(readout));
    expect(text).toContain('Conversion: pilot 15.00%, control 10.00%');
    expect(text).toContain('too early: 1,000 of 9,000 needed');
  });
});
