import { describe, expect, it } from 'vitest';
import { matches } from './criteria';
import { DAY_MS, edgeOffsets, nextEdge, segmentAt } from './time-edges';

const within = { attr: 'seen', op: 'within_days', value: 7 } as const;
const older = { attr: 'seen', op: 'older_than_days', value: 30 } as const;

describe('time edges', () => {
  it('collects each date attribute with the offsets its conditions flip at', () => {
    const offsets = edgeOffsets([{ all: [within, { not: older }] }, { attr: 'x', op: 'eq', value: 1 }]);
    expect([...offsets.entries()].map(([k, v]) => [k, [...v].sort((a, b) => a - b)])).toEqual([
      ['seen', [0, 7 * DAY_MS + 1, 30 * DAY_MS + 1]],
    ]);
  });

  it('puts the edge exactly where matches() changes its answer', () => {
    const seen = '2026-11-01T00:00:00Z';
    const t = Date.parse(seen);
    const edge = nextEdge(edgeOffsets([within]), { seen }, new Date(t + DAY_MS));
    expect(edge?.getTime()).toBe(t + 7 * DAY_MS + 1);
    expect(matches(within, { seen }, new Date(t + 7 * DAY_MS))).toBe(true);
    expect(matches(within, { seen }, new Date(t + 7 * DAY_MS + 1))).toBe(false);
    expect(matches(older, { seen }, new Date(t + 30 * DAY_MS))).toBe(false);
    expect(matches(older, { seen }, new Date(t + 30 * DAY_MS + 1))).toBe(true);
  });

  it('gives no edge when none is ahead or the attribute is no date', () => {
    const offsets = edgeOffsets([within, older]);
    expect(nextEdge(offsets, { seen: '2020-01-01' }, new Date('2026-11-15T00:00:00Z'))).toBeNull();
    expect(nextEdge(offsets, { seen: 'yesterday' }, new Date('2026-11-15T00:00:00Z'))).toBeNull();
    expect(nextEdge(offsets, {}, new Date('2026-11-15T00:00:00Z'))).toBeNull();
  });

  it('picks the first segment in evaluation order that matches', () => {
    const ordered = [
      { key: 'recent', criteria: within },
      { key: 'any-seen', criteria: { attr: 'seen', op: 'exists' } as const },
    ];
    const now = new Date('2026-11-15T00:00:00Z');
    expect(segmentAt(ordered, { seen: '2026-11-14' }, now)).toBe('recent');
    expect(segmentAt(ordered, { seen: '2026-01-14' }, now)).toBe('any-seen');
    expect(segmentAt(ordered, {}, now)).toBeNull();
  });
});
