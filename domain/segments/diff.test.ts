import { describe, expect, it } from 'vitest';
import { type DefinitionLike, diffDefinitions, diffLines } from './diff';

const base: DefinitionLike = {
  name: 'New lead',
  description: 'Recently created contacts',
  criteria: {
    all: [
      { attr: 'scores.lead', op: 'gte', value: 60 },
      { attr: 'industry', op: 'in', value: ['SaaS', 'Fintech'] },
    ],
  },
  priority: 40,
  pause: { paused: false, allowCustomerInitiated: true, allowedChannels: [] },
  approval: 'none',
  transitions: ['evaluation'],
  expectedDwellDays: { min: 7, max: 30 },
  status: 'active',
};

describe('line diff', () => {
  it('keeps common lines and marks the rest, in order', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
    expect(diffLines([], ['a'])).toEqual([{ kind: 'added', text: 'a' }]);
    expect(diffLines(['a'], [])).toEqual([{ kind: 'removed', text: 'a' }]);
    expect(diffLines(['a', 'b'], ['b', 'a']).filter((l) => l.kind !== 'same')).toHaveLength(2);
  });
});

describe('definition diff', () => {
  it('reports nothing for the same definition', () => {
    const d = diffDefinitions(base, structuredClone(base));
    expect(d.identical).toBe(true);
    expect(d.changes).toEqual([]);
    expect(d.criteria.every((l) => l.kind === 'same')).toBe(true);
  });

  it('shows a raised threshold as one line removed and one added', () => {
    const next = structuredClone(base);
    next.criteria = {
      all: [
        { attr: 'scores.lead', op: 'gte', value: 80 },
        { attr: 'industry', op: 'in', value: ['SaaS', 'Fintech'] },
      ],
    };
    const d = diffDefinitions(base, next);
    expect(d.identical).toBe(false);
    expect(d.changes).toEqual([]);
    expect(d.criteria).toEqual([
      { kind: 'removed', text: 'lead score is at least 60' },
      { kind: 'added', text: 'lead score is at least 80' },
      { kind: 'same', text: 'industry is one of SaaS, Fintech' },
    ]);
  });

  it('lists changed fields in reading order with before and after in words', () => {
    const next: DefinitionLike = {
      ...structuredClone(base),
      name: 'New lead (qualified)',
      priority: 30,
      pause: { paused: true, allowCustomerInitiated: true, allowedChannels: [] },
      approval: 'owner',
      transitions: ['evaluation', 'dormant'],
      expectedDwellDays: { min: 7, max: 45 },
      criteria: { any: (base.criteria as { all: never[] }).all },
    };
    const d = diffDefinitions(base, next);
    expect(d.changes.map((c) => c.field)).toEqual([
      'name',
      'match',
      'priority',
      'pause',
      'approval',
      'transitions',
      'dwell',
    ]);
    expect(d.changes.find((c) => c.field === 'pause')).toEqual({
      field: 'pause',
      label: 'Pause behaviour',
      before: 'Not paused: segment-eligible contacts may be messaged',
      after: 'Paused: sends wait — pause respected; customer-initiated replies allowed',
    });
    expect(d.changes.find((c) => c.field === 'dwell')?.after).toBe('Expected stay: 7–45 days');
    expect(d.criteria.every((l) => l.kind === 'same')).toBe(true);
  });

  it('compares in either direction, so any two versions can be picked', () => {
    const next = { ...structuredClone(base), priority: 10 };
    const forward = diffDefinitions(base, next).changes[0]!;
    const backward = diffDefinitions(next, base).changes[0]!;
    expect([forward.before, forward.after]).toEqual(['40', '10']);
    expect([backward.before, backward.after]).toEqual(['10', '40']);
  });

  it('reports a retirement as a status change', () => {
    const d = diffDefinitions(base, { ...base, status: 'retired' });
    expect(d.changes).toEqual([{ field: 'status', label: 'Status', before: 'Active', after: 'Retired' }]);
  });

  it('shows every field and rule as new for a new segment', () => {
    const d = diffDefinitions(null, base);
    expect(d.changes.map((c) => c.field)).not.toContain('status');
    expect(d.changes.every((c) => c.before === null)).toBe(true);
    expect(d.changes).toHaveLength(8);
    expect(d.criteria.map((l) => l.kind)).toEqual(['added', 'added']);
  });
});
