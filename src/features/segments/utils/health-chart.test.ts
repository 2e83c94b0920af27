import { describe, expect, it } from 'vitest';
import type { SegmentHealth } from '#domain/schemas/segment-health';
import { driftInWords, shapeHealth } from './health-chart';

const week = (weekStart: string, delivered: number, unsubscribed: number) => ({
  weekStart,
  sends: delivered + 5,
  delivered,
  unsubscribed,
  complained: 0,
  unsubscribeRate: delivered ? unsubscribed / delivered : null,
  complaintRate: delivered ? 0 : null,
  enoughVolume: delivered >= 200,
});

const health = (weeks: SegmentHealth['weeks'], band: SegmentHealth['bands']['unsubscribe']): SegmentHealth => ({
  segmentKey: 'at-risk',
  weeks,
  bands: { unsubscribe: band, complaint: null },
  drift: { drifting: false, metrics: [], findings: [], summary: '' },
  method: { minDelivered: 200, baselineWeeks: 10, judgedWeeks: 2 },
});

describe('shapeHealth', () => {
  it('labels weeks, turns rates into percent and scales each axis over its band and points', () => {
    const out = shapeHealth(
      health([week('2026-11-02', 400, 2), week('2026-11-09', 0, 0)], {
        median: 0.005,
        low: 0.0025,
        high: 0.0075,
        baselineWeeks: 10,
      }),
    );
    expect(out.rows.map((r) => [r.label, r.unsubscribe])).toEqual([
      ['2 Nov', 0.5],
      ['9 Nov', null],
    ]);
    const [unsub, complaint] = out.rates;
    expect(unsub?.band).toEqual({ y1: 0.25, y2: 0.75 });
    expect(unsub?.top).toBeCloseTo(0.75 * 1.15, 2);
    expect(unsub?.summary).toBe('Unsubscribe rate per week, 0.50% in the week of 2 Nov; usual band 0.25% to 0.75%.');
    expect(complaint?.band).toBeNull();
    expect(complaint?.summary).toMatch(/no usual band yet/);
    expect(out.empty).toBe(false);
  });

  it('is empty when no week has a send or a delivery', () => {
    const out = shapeHealth(health([{ ...week('2026-11-09', 0, 0), sends: 0 }], null));
    expect(out.empty).toBe(true);
    expect(out.rates[0]?.summary).toMatch(/no deliveries yet/);
  });
});

describe('driftInWords', () => {
  it('dates a drifting week as the page does, while the API keeps its ISO date', () => {
    const finding = { metric: 'unsubscribe' as const, weekStart: '2026-11-09', rate: 0.044, low: 0.0025, high: 0.0075 };
    const drift = {
      drifting: true,
      metrics: ['unsubscribe' as const],
      findings: [finding, { ...finding, metric: 'complaint' as const, weekStart: '2026-11-02', rate: 0.003 }],
      summary: 'Drifting: unsubscribe rate 4.4% in the week of 2026-11-09, above its usual 0.25%–0.75%.',
    };
    expect(driftInWords(drift)).toBe(
      'Drifting: unsubscribe rate 4.4% in the week of 9 Nov, above its usual 0.25%–0.75%; ' +
        'complaint rate 0.30% in the week of 2 Nov, above its usual 0.25%–0.75%.',
    );
  });

  it('keeps a sentence without a week as the API wrote it', () => {
    const summary = 'In its usual band: the latest weeks’ unsubscribe and complaint rates are where they usually are.';
    expect(driftInWords({ drifting: false, metrics: [], findings: [], summary })).toBe(summary);
  });
});
