import { ISO_INSTANT } from './attribute-values';

/** The type a dictionary gives an attribute, as criteria read it. */
export type ValueType = 'number' | 'string' | 'boolean' | 'date' | 'array';

/** A dotted path criteria can name (the schema's rule for `attr`), at most 200 characters. */
export const ATTR_PATH = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/;
const MAX_PATH = 200;
/** One step of a path: a key with a dot in it would be read as two steps, so it is no step at all. */
const PATH_STEP = /^[A-Za-z_][\w-]*$/;
/** Deeper than this is not walked: nothing legitimate nests attributes further. */
const MAX_DEPTH = 8;

export function valueType(value: unknown): ValueType | null {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' || typeof value === 'boolean') return typeof value as 'number' | 'boolean';
  if (typeof value === 'string') return ISO_INSTANT.test(value) ? 'date' : 'string';
  return null;
}

/**
 * The attribute paths a batch of contacts carries, each with the type of the first value seen:
 * objects are walked into dotted paths, everything else is a leaf. Paths criteria could never name
 * (spaces, a leading digit, over 200 characters) are skipped, and at most `limit` distinct paths
 * are returned, so a hostile batch cannot flood the dictionary.
 */
export function attributePaths(
  batch: readonly { attributes: Record<string, unknown> }[],
  limit: number,
): { name: string; type: ValueType }[] {
  const found = new Map<string, ValueType>();
  const walk = (value: unknown, prefix: string, depth: number): boolean => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      const type = valueType(value);
      if (type && !found.has(prefix) && prefix.length <= MAX_PATH && ATTR_PATH.test(prefix)) {
        found.set(prefix, type);
        if (found.size >= limit) return false;
      }
      return true;
    }
    if (depth >= MAX_DEPTH) return true;
    for (const [key, child] of Object.entries(value)) {
      if (!PATH_STEP.test(key)) continue;
      if (!walk(child, prefix === '' ? key : `${prefix}.${key}`, depth + 1)) return false;
    }
    return true;
  };
  for (const contact of batch) {
    if (!walk(contact.attributes, '', 0)) break;
  }
  return [...found].map(([name, type]) => ({ name, type }));
}
