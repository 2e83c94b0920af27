import { describe, expect, it } from 'vitest';
import type { SegmentHealth } from '#domain/schemas/segment-health';
import { shapeHealth } from './health-chart';

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
  drift: { drifting: false, metrics: [], summary: '' },
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
