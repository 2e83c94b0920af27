import { describe, expect, it } from 'vitest';
import type { Criteria } from './criteria';
import {
  attrLabel,
  criteriaLines,
  describeApproval,
  describeCriteria,
  describeDwell,
  describePause,
  describeTransitions,
} from './describe';

describe('attribute labels', () => {
  it('reads dotted, snake and camel paths as words', () => {
    expect(attrLabel('scores.lead')).toBe('lead score');
    expect(attrLabel('lead_score')).toBe('lead score');
    expect(attrLabel('lastPurchaseAt')).toBe('last purchase');
    expect(attrLabel('last_seen_at')).toBe('last seen');
    expect(attrLabel('at')).toBe('at');
    expect(attrLabel('industry')).toBe('industry');
    expect(attrLabel('address.country')).toBe('address country');
    expect(attrLabel('status.plan')).toBe('status plan');
    expect(attrLabel('a.b.c')).toBe('a b c');
  });
});

describe('criteria in plain words', () => {
  it('reads the example from the issue', () => {
    const c: Criteria = {
      all: [
        { attr: 'scores.lead', op: 'gte', value: 80 },
        { attr: 'industry', op: 'in', value: ['SaaS', 'Fintech'] },
      ],
    };
    expect(describeCriteria(c)).toBe('lead score is at least 80 and industry is one of SaaS, Fintech');
  });

  it('words every operator', () => {
    const cases: [Criteria, string][] = [
      [{ attr: 'plan', op: 'eq', value: 'pro' }, 'plan is pro'],
      [{ attr: 'plan', op: 'neq', value: 'free' }, 'plan is not free'],
      [{ attr: 'country', op: 'not_in', value: ['US', 'CA'] }, 'country is none of US, CA'],
      [{ attr: 'seats', op: 'gt', value: 1000 }, 'seats is more than 1,000'],
      [{ attr: 'seats', op: 'lt', value: 5 }, 'seats is less than 5'],
      [{ attr: 'seats', op: 'lte', value: 2.5 }, 'seats is at most 2.5'],
      [{ attr: 'signed_up', op: 'gte', value: '2026-01-01' }, 'signed up is on or after 2026-01-01'],
      [{ attr: 'signed_up', op: 'lt', value: '2026-01-01T00:00:00Z' }, 'signed up is before 2026-01-01T00:00:00Z'],
      [{ attr: 'email', op: 'exists' }, 'email is known'],
      [{ attr: 'email', op: 'not_exists' }, 'email is not known'],
      [{ attr: 'tags', op: 'contains', value: 'vip' }, 'tags contains vip'],
      [{ attr: 'last_seen', op: 'within_days', value: 30 }, 'last seen is within the last 30 days'],
      [{ attr: 'last_seen', op: 'older_than_days', value: 1 }, 'last seen is more than 1 day ago'],
      [{ attr: 'opted_in', op: 'eq', value: true }, 'opted in is true'],
      [{ attr: 'nickname', op: 'eq', value: '' }, 'nickname is (empty)'],
    ];
    for (const [c, text] of cases) expect(describeCriteria(c)).toBe(text);
  });

  it('keeps nested groups in parentheses and negations explicit', () => {
    const c: Criteria = {
      all: [
        { attr: 'plan', op: 'eq', value: 'pro' },
        {
          any: [
            { attr: 'seats', op: 'gte', value: 10 },
            { attr: 'region', op: 'eq', value: 'EU' },
            { attr: 'vip', op: 'eq', value: true },
          ],
        },
        { not: { attr: 'churned', op: 'exists' } },
        {
          not: {
            any: [
              { attr: 'a', op: 'exists' },
              { attr: 'b', op: 'exists' },
            ],
          },
        },
      ],
    };
    expect(describeCriteria(c)).toBe(
      'plan is pro, (seats is at least 10, region is EU or vip is true), not (churned is known) and not (a is known or b is known)',
    );
  });

  it('reads empty and single-rule groups sensibly', () => {
    expect(describeCriteria({ all: [] })).toBe('every contact');
    expect(describeCriteria({ any: [] })).toBe('no contact');
    expect(describeCriteria({ all: [{ any: [{ attr: 'x', op: 'exists' }] }] })).toBe('x is known');
  });

  it('splits the top level into lines and treats a lone condition as "all of" one line', () => {
    expect(criteriaLines({ attr: 'x', op: 'exists' })).toEqual({ mode: 'all', lines: ['x is known'] });
    expect(criteriaLines({ any: [{ attr: 'x', op: 'exists' }, { all: [{ attr: 'y', op: 'exists' }] }] })).toEqual({
      mode: 'any',
      lines: ['x is known', 'y is known'],
    });
    expect(criteriaLines({ not: { attr: 'x', op: 'exists' } }).lines).toEqual(['not (x is known)']);
  });
});

describe('governance wording', () => {
  it('describes pause behaviour calmly and in the promoted terms', () => {
    expect(describePause({ paused: true, allowCustomerInitiated: true, allowedChannels: [] })).toBe(
      'Paused: sends wait — pause respected; customer-initiated replies allowed',
    );
    expect(describePause({ paused: true, allowCustomerInitiated: false, allowedChannels: ['in_app', 'sms'] })).toBe(
      'Paused: sends wait — pause respected; customer-initiated replies also wait; still open on in-app and sms',
    );
    expect(describePause({ paused: false, allowCustomerInitiated: true, allowedChannels: [] })).toMatch(
      /segment-eligible/,
    );
  });

  it('names the owner in the approval rule, and words transitions and dwell', () => {
    expect(describeApproval('owner', 'Dana Reyes')).toBe(
      'Sends need a campaign approved by the segmentation owner (Dana Reyes)',
    );
    expect(describeApproval('none')).toMatch(/No owner approval needed/);
    expect(describeTransitions(['at-risk', 'dormant', 'active-customer'])).toBe(
      'Members may move to at-risk, dormant or active-customer',
    );
    expect(describeTransitions([])).toMatch(/no onward moves/);
    expect(describeDwell({ min: 14, max: 60 })).toBe('Expected stay: 14–60 days');
    expect(describeDwell({ min: 1, max: 1 })).toBe('Expected stay: 1 day');
  });
});
