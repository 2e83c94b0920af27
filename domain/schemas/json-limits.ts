import { z } from 'zod';
import { unstorableReason } from './strings';

/**
 * Limits for free-form JSON taken from users (contact attributes, draft definitions, setting
 * values), documented in docs/api.md ("Limits"). The walk uses an explicit stack, never recursion,
 * so a value nested 10,000 deep is refused with an issue instead of overflowing the stack.
 */
export type JsonLimits = {
  /** Containers inside containers: `{"a":1}` is depth 1, `{"a":{"b":1}}` depth 2. */
  depth: number;
  /** Keys of one object, items of one array. */
  entries: number;
  keyLength: number;
  stringLength: number;
};

export type JsonIssue = { path: (string | number)[]; message: string };

type Node = { value: unknown; depth: number; key: string | number | null; parent: Node | null };

function pathOf(node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  for (let n: Node | null = node; n && n.key !== null; n = n.parent) path.unshift(n.key);
  return path;
}

/** The first place where `value` breaks the limits, or null. Paths are relative to `value`. */
export function jsonLimitIssue(value: unknown, limits: JsonLimits): JsonIssue | null {
  const stack: Node[] = [{ value, depth: 0, key: null, parent: null }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const v = node.value;
    if (typeof v === 'string') {
      const reason = unstorableReason(v);
      if (reason) return { path: pathOf(node), message: reason };
      if (v.length > limits.stringLength)
        return {
          path: pathOf(node),
          message: `Text longer than ${limits.stringLength.toLocaleString('en')} characters`,
        };
      continue;
    }
    if (typeof v === 'number' && !Number.isFinite(v)) return { path: pathOf(node), message: 'Not a finite number' };
    if (v === null || typeof v !== 'object') continue;
    const depth = node.depth + 1;
    if (depth > limits.depth) return { path: pathOf(node), message: `Nested deeper than ${limits.depth} levels` };
    // Counted before anything is copied: a list of a million items is refused at once.
    if ((Array.isArray(v) ? v.length : Object.keys(v).length) > limits.entries) {
      const what = Array.isArray(v) ? 'items' : 'keys';
      return { path: pathOf(node), message: `More than ${limits.entries.toLocaleString('en')} ${what}` };
    }
    const entries = Array.isArray(v) ? v.map((item, i) => [i, item] as const) : Object.entries(v);
    for (const [key, child] of entries) {
      if (typeof key === 'string') {
        const keyIssue = keyProblem(key, limits.keyLength);
        if (keyIssue) return { path: [...pathOf(node), key], message: keyIssue };
      }
      stack.push({ value: child, depth, key, parent: node });
    }
  }
  return null;
}

function keyProblem(key: string, maxLength: number): string | null {
  const reason = unstorableReason(key);
  if (reason) return `Key: ${reason[0]?.toLowerCase()}${reason.slice(1)}`;
  if (key.length > maxLength) return `Key longer than ${maxLength} characters`;
  // A plain object's prototype setter: code that copies with assignment would change its prototype.
  if (key === '__proto__') return 'The key __proto__ is not allowed';
  return null;
}

/**
 * `schema`, after `check` has passed on the raw value. The check sees the value before zod does,
 * so a recursive schema never descends into something too deep, and a `__proto__` key is seen
 * before a record drops it.
 */
export function checkedFirst<T extends z.ZodType>(check: (value: unknown) => JsonIssue | null, schema: T) {
  return z.preprocess((value, ctx) => {
    const issue = check(value);
    if (issue) ctx.issues.push({ code: 'custom', input: value, path: issue.path, message: issue.message });
    return value;
  }, schema);
}

/** Any JSON value within the limits. */
export function boundedJson(limits: JsonLimits) {
  return checkedFirst((v) => jsonLimitIssue(v, limits), z.unknown());
}

/** Contact attributes: what the CRM knows about a contact, evaluated by every segment's criteria. */
export const ATTRIBUTE_LIMITS = {
  /** Attributes of one contact; also the items of an array or keys of an object inside one. */
  count: 200,
  keyLength: 100,
  /** One attribute's value, as JSON. */
  valueChars: 10_000,
  /** All attributes of one contact, as JSON. */
  totalChars: 50_000,
  /** Objects and arrays inside an attribute's value, this deep. */
  depth: 5,
} as const;

const attributeWalk: JsonLimits = {
  depth: ATTRIBUTE_LIMITS.depth + 1,
  entries: ATTRIBUTE_LIMITS.count,
  keyLength: ATTRIBUTE_LIMITS.keyLength,
  stringLength: ATTRIBUTE_LIMITS.valueChars,
};

const chars = (n: number) => `${n.toLocaleString('en')} characters as JSON`;

export function attributesIssue(v: unknown): JsonIssue | null {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return { path: [], message: 'Expected an object' };
  const walked = jsonLimitIssue(v, attributeWalk);
  if (walked) return walked;
  let total = 2;
  for (const [key, value] of Object.entries(v)) {
    const size = JSON.stringify(value).length;
    if (size > ATTRIBUTE_LIMITS.valueChars)
      return { path: [key], message: `Over ${chars(ATTRIBUTE_LIMITS.valueChars)}` };
    total += size + key.length + 4;
  }
  return total > ATTRIBUTE_LIMITS.totalChars
    ? { path: [], message: `The attributes are over ${chars(ATTRIBUTE_LIMITS.totalChars)}` }
    : null;
}

export const Attributes = checkedFirst(attributesIssue, z.record(z.string(), z.unknown())).meta({
  description:
    `At most ${ATTRIBUTE_LIMITS.count} attributes, keys up to ${ATTRIBUTE_LIMITS.keyLength} characters, each value ` +
    `up to ${chars(ATTRIBUTE_LIMITS.valueChars)} with objects and arrays nested at most ${ATTRIBUTE_LIMITS.depth} deep, ` +
    `${chars(ATTRIBUTE_LIMITS.totalChars)} in all; no NUL or lone surrogate in keys or text, no __proto__ key.`,
});
