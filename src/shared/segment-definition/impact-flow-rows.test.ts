import { describe, expect, it } from 'vitest';
import { flowRows, outsideTransitions } from './impact-flow-rows';

const flow = (from: string | null, to: string | null, count: number, allowed = true) => ({
  from,
  fromName: from ? from.toUpperCase() : null,
  to,
  toName: to ? to.toUpperCase() : null,
  count,
  allowed,
});

describe('where contacts go', () => {
  it('names segments, largest move first, with a bar relative to the largest', () => {
    const rows = flowRows([flow('a', 'b', 2), flow('a', null, 8)]);
    expect(rows.map((r) => [r.fromLabel, r.toLabel, r.count, r.share])).toEqual([
      ['A', 'No segment', 8, 100],
      ['A', 'B', 2, 25],
    ]);
  });

  it('names a segment being created by its name, and counts the moves outside the allowed transitions', () => {
    expect(flowRows([{ ...flow('a', null, 3), toName: 'VIP accounts' }])[0]?.toLabel).toBe('VIP accounts');
    expect(outsideTransitions([flow('a', 'b', 4, false), flow('a', 'c', 6), flow('c', 'b', 1, false)])).toBe(5);
  });
});
