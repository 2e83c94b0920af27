import fc from 'fast-check';

/**
 * Values an attacker sends instead of what a schema asks for. Big and deep values are markers that
 * `bodyText` expands after JSON.stringify: a megabyte in a counterexample would be unreadable, and
 * JSON.stringify itself overflows on 10,000 levels.
 */
export const HUGE = '@@huge@@';
export const DEEP = '@@deep@@';

const MEGABYTE = 1024 * 1024;
const DEPTH = 10_000;

/** What PostgreSQL cannot store: the most common cause of a 500, so the most often sent. */
export const UNSTORABLE = ['\u0000', 'a\u0000b', '\uD800', 'x\uDC00y'] as const;
/** Dates and numbers outside what JavaScript and PostgreSQL agree on. */
export const OUT_OF_RANGE = [
  '0000-01-01',
  '9999-12-31',
  '0000-01',
  '2026-02-30',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '99999999999999999999',
  '1e309',
  '-1',
] as const;

export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\uDBFF\uDFFF',
  '😀',
  '\u202Eevil',
  'ǅİß\u200B',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '\n# Heading\n- item',
  '=1+1',
  "' OR '1'='1",
  '%00',
  '%s%n',
  '../../etc/passwd',
  '\r\n',
  'null',
  HUGE,
] as const;

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...UNSTORABLE) },
  { weight: 2, arbitrary: fc.constantFrom(...OUT_OF_RANGE) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
);

/** Something that is not a string where a string belongs, and not a number where one belongs. */
export const wrongType = fc.constantFrom<unknown>(null, 0, -1, true, [], {}, 2 ** 53 + 2, 1e308, -0.5, DEEP);

export const hostileNumber = fc.constantFrom(-1, 0, 0.5, -0, 2 ** 31, 2 ** 53 + 2, -(2 ** 53), 1e308, -1e308);

/** Free-form JSON: ordinary values, hostile keys, and the deep and huge markers. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 2,
    arbitrary: fc.dictionary(fc.oneof(hostileString, fc.string({ maxLength: 8 })), fc.oneof(hostileString, wrongType), {
      maxKeys: 4,
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(DEEP, HUGE, { a: DEEP }, [HUGE]) },
);

/** Keys an object may not have, added to bodies whose schema forbids extras. */
export const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'force',
  'bypass',
  'override',
  '\u0000',
);

// What the markers stand for, built once: most requests carry neither.
const HUGE_TEXT = 'x'.repeat(MEGABYTE);
const HUGE_JSON = `"${HUGE_TEXT}"`;
const DEEP_JSON = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
const DEEP_URL = '['.repeat(DEPTH);

/** The request body: JSON with the markers expanded. */
export function bodyText(value: unknown): string {
  return JSON.stringify(value).replaceAll(`"${HUGE}"`, HUGE_JSON).replaceAll(`"${DEEP}"`, DEEP_JSON);
}

/** The same markers in a URL: a megabyte of path or query, or nesting-looking brackets. */
export function urlText(value: string): string {
  if (value === HUGE) return HUGE_TEXT;
  if (value === DEEP) return DEEP_URL;
  return value;
}
