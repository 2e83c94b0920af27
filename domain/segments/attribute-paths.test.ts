import { describe, expect, it } from 'vitest';
import { attributePaths } from './attribute-paths';

describe('attribute paths of contacts', () => {
  it('walks objects into dotted paths and types the first value seen', () => {
    const paths = attributePaths(
      [
        { attributes: { plan: 'growth', scores: { lead: 72, churn: null }, tags: ['a'], seen: '2026-11-01' } },
        { attributes: { plan: 3, opt_in: false } },
      ],
      100,
    );
    expect(paths).toEqual([
      { name: 'plan', type: 'string' },
      { name: 'scores.lead', type: 'number' },
      { name: 'tags', type: 'array' },
      { name: 'seen', type: 'date' },
      { name: 'opt_in', type: 'boolean' },
    ]);
  });

  it('skips names criteria could never use, and stops at the limit', () => {
    const weird = { 'has space': 1, '1st': 2, 'a.b': 3, ['x'.repeat(201)]: 4, __proto__ok: 5 };
    const deep = { a: { b: { c: { d: { e: { f: { g: { h: { i: 1 } } } } } } } } };
    expect(attributePaths([{ attributes: { ...weird, ...deep } }], 100).map((p) => p.name)).toEqual(['__proto__ok']);
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    expect(attributePaths([{ attributes: many }], 10)).toHaveLength(10);
  });

  it('records a __proto__ key as the attribute it is, never as the prototype', () => {
    const attributes = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(attributePaths([{ attributes }], 10)).toEqual([{ name: '__proto__.polluted', type: 'boolean' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
