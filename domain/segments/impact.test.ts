import { describe, expect, it } from 'vitest';
import { type SegmentFacts, summarizeImpact } from './impact';

const facts = (entries: Record<string, Partial<SegmentFacts>>) =>
  new Map(
    Object.entries(entries).map(([k, f]) => [k, { name: k.toUpperCase(), paused: false, transitions: [], ...f }]),
  );

describe('the impact of a change, from contacts counted by segment now and then', () => {
  const before = facts({ a: { transitions: ['b'] }, b: { paused: true }, c: {} });
  const after = facts({ a: { transitions: ['c'] }, b: { paused: true }, c: {} });

  it('counts who enters, leaves, and crosses a pause, and keeps the members before and after', () => {
    const impact = summarizeImpact(
      [
        { from: 'a', to: 'a', count: 10 },
        { from: 'a', to: 'b', count: 4 },
        { from: 'a', to: 'c', count: 2 },
        { from: 'b', to: 'a', count: 3 },
        { from: null, to: 'a', count: 1 },
        { from: 'c', to: 'c', count: 7 },
      ],
      'a',
      before,
      after,
    );
    expect(impact).toMatchObject({
      enter: 4,
      leave: 6,
      intoPaused: 4,
      outOfPaused: 3,
      total: 27,
      membersBefore: 16,
      membersAfter: 14,
    });
  });

  it('lists every move, largest first, and flags those the segment left does not allow after the change', () => {
    const { flows } = summarizeImpact(
      [
        { from: 'a', to: 'b', count: 4 },
        { from: 'a', to: 'c', count: 2 },
        { from: 'b', to: 'a', count: 3 },
        { from: 'a', to: null, count: 5 },
        { from: 'c', to: 'c', count: 9 },
      ],
      'a',
      before,
      after,
    );
    expect(flows.map((f) => [f.fromName, f.toName, f.count, f.allowed])).toEqual([
      ['A', null, 5, true],
      // a's proposed version allows only c: the move to b breaks it, though the version in force allowed it.
      ['A', 'B', 4, false],
      ['B', 'A', 3, false],
      ['A', 'C', 2, true],
    ]);
  });
});
