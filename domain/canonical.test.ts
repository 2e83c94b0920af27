import { describe, expect, it } from 'vitest';
import { canonical } from './canonical';

describe('canonical JSON', () => {
  it('sorts keys at every depth and leaves undefined members out', () => {
    expect(canonical({ b: { d: 'x', c: [1, 2] }, a: 1, e: undefined })).toBe('{"a":1,"b":{"c":[1,2],"d":"x"}}');
  });

  it('writes what JSON.stringify writes for everything but key order', () => {
    const values = [null, 0, -1.5, 'é"\\\n', true, [], {}, [null, 'a', { z: 1, y: [2] }], { k: null }];
    for (const v of values) expect(JSON.parse(canonical(v))).toEqual(v);
    expect(canonical(undefined)).toBe('null');
    expect(canonical([undefined])).toBe('[null]');
  });

  it('keeps array order and tells values apart', () => {
    expect(canonical([1, 2])).not.toBe(canonical([2, 1]));
    expect(canonical({ a: 1 })).not.toBe(canonical({ a: '1' }));
  });
});
