/**
 * NUL and lone surrogates: PostgreSQL refuses the first, and a lone surrogate comes back changed
 * (as U+FFFD). Text that must be stored as it was sent leaves both out.
 */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether PostgreSQL stores `s` exactly as it is. */
export const storable = (s: string): boolean => !UNSTORABLE.test(s);

export const UNSTORABLE_MESSAGE = 'Contains a NUL or a lone surrogate, which cannot be stored';
