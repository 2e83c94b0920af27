import { describe, expect, it } from 'vitest';
import { explainDecision } from './explain-decision';

const at = new Date('2026-11-15T12:00:00Z');
const v = (key: string, priority: number, criteria: object, version: number | null = 1) => ({
  key,
  name: key.toUpperCase(),
  version,
  priority,
  criteria: criteria as never,
});
const versions = [
  v('vip', 5, { attr: 'plan', op: 'eq', value: 'enterprise' }),
  v('customer', 10, { attr: 'lifecycle', op: 'eq', value: 'customer' }),
  v('anyone', 90, { all: [] }),
];

describe('explainDecision', () => {
  it('names the segment decided in, why, and the segments lower in priority that also matched', () => {
    const e = explainDecision(versions, 'customer', { lifecycle: 'customer', plan: 'growth' }, at);
    expect(e.segments.map((s) => [s.key, s.matched, s.decided])).toEqual([
      ['vip', false, false],
      ['customer', true, true],
      ['anyone', true, false],
    ]);
    expect(e.summary).toBe(
      'Allowed in CUSTOMER (v1, priority 10), segment-eligible because lifecycle is customer. Also matched, lower in priority: ANYONE (priority 90); the lowest priority value wins.',
    );
  });

  it('says when the contact no longer meets the rule, or now matches a segment that comes first', () => {
    const e = explainDecision(versions, 'customer', { lifecycle: 'lead', plan: 'enterprise' }, at);
    expect(e.summary).toContain('as stored now, the contact no longer meets its rule (lifecycle is customer)');
    expect(e.summary).toContain('it also matches VIP (priority 5), which comes first: the contact has changed since');
  });

  it('explains a decision in no segment, and a piloted proposal by name', () => {
    expect(explainDecision(versions, null, { lifecycle: 'lead' }, at).summary).toBe(
      'Allowed while in no segment: nothing the send asked for needed one. As stored now, the contact matches ANYONE (priority 90).',
    );
    const piloted = [v('customer', 10, { attr: 'lifecycle', op: 'eq', value: 'customer' }, null)];
    expect(explainDecision(piloted, 'customer', { lifecycle: 'customer' }, at).summary).toMatch(
      /^Allowed in CUSTOMER \(piloted proposal, priority 10\)/,
    );
    expect(explainDecision([], 'gone', {}, at).summary).toBe(
      'Allowed in segment gone, whose rules at the time are not on record. No segment’s rules match the contact as stored now.',
    );
  });
});
