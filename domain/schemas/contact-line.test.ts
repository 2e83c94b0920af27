import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContactLine } from './contact-line';
import { ContactInput } from './contacts';

/** The import's quick check must accept exactly what ContactInput accepts, with the same contact. */
const agrees = (value: unknown) => {
  const quick = checkContactLine(value);
  const zod = ContactInput.safeParse(value);
  expect('contact' in quick, JSON.stringify(value)?.slice(0, 200)).toBe(zod.success);
  if ('contact' in quick && zod.success) expect(quick.contact).toEqual(zod.data);
  if ('error' in quick && !zod.success) expect(quick.error.issues).toEqual(zod.error.issues);
};

const fromJson = (text: string) => JSON.parse(text) as unknown;

describe('checkContactLine', () => {
  it('agrees with ContactInput on edge cases and hostile values', () => {
    const cases: unknown[] = [
      { id: 'a', attributes: {} },
      { id: '', attributes: {} },
      { id: 'x'.repeat(200), attributes: {} },
      { id: 'x'.repeat(201), attributes: {} },
      { id: 7, attributes: {} },
      { id: 'a', attributes: [] },
      { id: 'a', attributes: null },
      { id: 'a' },
      { attributes: {} },
      { id: 'a', attributes: {}, extra: 1 },
      { id: 'a\u0000', attributes: {} },
      { id: 'a\ud800', attributes: {} },
      { id: 'a\t\n', attributes: { k: 'v' } },
      fromJson('{"id":"a","attributes":{"__proto__":{"x":1}}}'),
      fromJson('{"id":"a","__proto__":{},"attributes":{}}'),
      { id: 'a', attributes: { s: 'x'.repeat(10_001) } },
      { id: 'a', attributes: { s: 'x\u0000' } },
      { id: 'a', attributes: { ['k'.repeat(101)]: 1 } },
      { id: 'a', attributes: { n: { a: { b: { c: { d: { e: { f: 1 } } } } } } } },
      { id: 'a', attributes: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, i])) },
      { id: 'a', attributes: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, 'y'.repeat(6_000)])) },
      [],
      null,
      'text',
      42,
    ];
    for (const value of cases) agrees(value);
  });

  it('agrees with ContactInput on generated JSON', () => {
    const contact = fc.record(
      { id: fc.oneof(fc.string({ maxLength: 210 }), fc.integer()), attributes: fc.oneof(fc.object(), fc.jsonValue()) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(contact, fc.jsonValue()), (value) => agrees(JSON.parse(JSON.stringify(value ?? null)))),
      { numRuns: 500 },
    );
  });
});
