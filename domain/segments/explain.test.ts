import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Criteria, matches } from './criteria';
import { explainCriteria } from './explain';

const NOW = new Date('2026-11-15T12:00:00Z');

describe('explaining eligibility', () => {
  it('marks every line, groups and conditions alike, in the words of the segment page', () => {
    const criteria: Criteria = {
      all: [
        { attr: 'lifecycle', op: 'eq', value: 'customer' },
        {
          any: [
            { attr: 'churn_risk', op: 'gte', value: 0.7 },
            { attr: 'last_seen_at', op: 'older_than_days', value: 30 },
          ],
        },
      ],
    };
    const { matched, lines } = explainCriteria(criteria, { lifecycle: 'customer', churn_risk: 0.8 }, NOW);
    expect(matched).toBe(true);
    expect(lines).toEqual([
      { path: '(top level)', depth: 0, kind: 'all', text: 'All of these', matched: true, attr: null, actual: null },
      {
        path: 'all[0]',
        depth: 1,
        kind: 'condition',
        text: 'lifecycle is customer',
        matched: true,
        attr: 'lifecycle',
        actual: 'customer',
      },
      { path: 'all[1]', depth: 1, kind: 'any', text: 'At least one of these', matched: true, attr: null, actual: null },
      {
        path: 'all[1].any[0]',
        depth: 2,
        kind: 'condition',
        text: 'churn risk is at least 0.7',
        matched: true,
        attr: 'churn_risk',
        actual: '0.8',
      },
      {
        path: 'all[1].any[1]',
        depth: 2,
        kind: 'condition',
        text: 'last seen is more than 30 days ago',
        matched: false,
        attr: 'last_seen_at',
        actual: null,
      },
    ]);
  });

  it('gives the verdict matches() gives, on generated trees', () => {
    const attr = fc.constantFrom('a', 'b', 'c.d');
    const value = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('x', 'y', '2026-11-01'), fc.boolean());
    const condition = fc.oneof(
      fc.record({ attr, op: fc.constantFrom('exists', 'not_exists' as const) }),
      fc.record({ attr, op: fc.constantFrom('eq', 'neq', 'gt', 'lte', 'contains' as const), value }),
      fc.record({ attr, op: fc.constantFrom('within_days' as const), value: fc.integer({ min: 0, max: 100 }) }),
    ) as fc.Arbitrary<Criteria>;
    const { tree } = fc.letrec<{ tree: Criteria }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        condition,
        fc.record({ all: fc.array(tie('tree'), { maxLength: 3 }) }),
        fc.record({ any: fc.array(tie('tree'), { maxLength: 3 }) }),
        fc.record({ not: tie('tree') }),
      ) as fc.Arbitrary<Criteria>,
    }));
    const attrs = fc.record({ a: value, b: value, c: fc.record({ d: value }) }, { requiredKeys: [] });
    fc.assert(
      fc.property(tree, attrs, (criteria, a) => {
        expect(explainCriteria(criteria, a, NOW).matched).toBe(matches(criteria, a, NOW));
      }),
      { numRuns: 500, seed: 20261115 },
    );
  });
});
