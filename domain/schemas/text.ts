import type { z } from 'zod';

/**
 * NUL and lone surrogates: PostgreSQL refuses the first, and a lone surrogate comes back changed
 * (as U+FFFD). Text that must be stored as it was sent leaves both out.
 */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether PostgreSQL stores `s` exactly as it is. */
export const storable = (s: string): boolean => !UNSTORABLE.test(s);

export const UNSTORABLE_MESSAGE = 'Contains a NUL or a lone surrogate, which cannot be stored';

/**
 * Kinds of free text that are not prose. Every other free-text field people write is prose, and
 * prose is linted for retired language twice: in its form as people type, and on the server in
 * the transaction that saves it (docs/rules.md, "Retired language"). A field that is not prose
 * says which kind it is instead, in its schema (`plainText`) or, in a form, with the
 * `data-plain-text` attribute; tests enumerate both and fail on a field that does neither.
 */
export const PLAIN_TEXT_KINDS = {
  secret: 'a password or other secret',
  name: 'the name of a person, team, segment, campaign or token',
  identifier: 'a key or id that names a record',
  criteria: 'a value segment criteria compare with contact attributes',
  glossary: 'the glossary’s own words, which never flag themselves',
  filter: 'a search or filter, never saved',
} as const;
export type PlainTextKind = keyof typeof PLAIN_TEXT_KINDS;

/** The OpenAPI extension that carries the kind; the client's forms use `data-plain-text`. */
export const PLAIN_TEXT_KEY = 'x-plain-text';

/** Marks a string schema as free text that is not prose. Call it last: zod keeps metadata per schema instance. */
export function plainText<T extends z.ZodType>(schema: T, kind: PlainTextKind): T {
  return schema.meta({ [PLAIN_TEXT_KEY]: kind }) as T;
}
