import { describe, expect, it } from 'vitest';
import { sameDefinition } from './same-definition';

describe('whether a proposed definition changes anything', () => {
  it('ignores key order and undefined fields, but not values or array order', () => {
    expect(sameDefinition({ a: 1, b: { c: [1, 2], d: 'x' } }, { b: { d: 'x', c: [1, 2] }, a: 1, e: undefined })).toBe(
      true,
    );
    expect(sameDefinition({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameDefinition({ c: [1, 2] }, { c: [2, 1] })).toBe(false);
    expect(sameDefinition({ paused: true }, { paused: false })).toBe(false);
  });
});
