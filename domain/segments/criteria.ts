import { z } from 'zod';
import { checkedFirst, type JsonIssue } from '#domain/schemas/json-limits';
import { plainText, text } from '#domain/schemas/strings';
import { compareCodePoints, foldAscii, parseIsoInstant, readAttr } from './attribute-values';

export { readAttr };

export const OPERATORS = [
  'eq',
  'neq',
  'in',
  'not_in',
  'gt',
  'gte',
  'lt',
  'lte',
  'exists',
  'not_exists',
  'contains',
  'within_days',
  'older_than_days',
] as const;
export type Operator = (typeof OPERATORS)[number];

const Scalar = z.union([plainText(text().max(500), 'criteria'), z.number(), z.boolean()]);
/** A dotted path into contact attributes, e.g. "scores.lead" (predictive scores are attributes). */
export const AttrPath = z
  .string()
  .min(1, 'Choose an attribute')
  .max(200)
  .regex(/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/, 'Use a dotted attribute path such as scores.lead');

export const Condition = z
  .strictObject({
    attr: AttrPath,
    op: z.enum(OPERATORS),
    value: z.union([Scalar, z.array(Scalar).max(500)]).optional(),
  })
  .superRefine((c, ctx) => {
    const v = c.value;
    const fail = (message: string) => ctx.addIssue({ code: 'custom', path: ['value'], message });
    switch (c.op) {
      case 'exists':
      case 'not_exists':
        if (v !== undefined) fail(`"${c.op}" takes no value`);
        break;
      case 'in':
      case 'not_in':
        if (!Array.isArray(v) || v.length === 0) fail('Give a list of at least one value');
        break;
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
        if (typeof v !== 'number' && typeof v !== 'string') fail('Give a number or a date');
        break;
      case 'within_days':
      case 'older_than_days':
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail('Give a whole number of days');
        break;
      default:
        if (v === undefined || Array.isArray(v)) fail('Give one value');
    }
  });
export type Condition = z.infer<typeof Condition>;

export type Criteria = { all: Criteria[] } | { any: Criteria[] } | { not: Criteria } | Condition;

/** How deep a rule tree may nest (a lone condition is 1) and how many nodes it may hold in all. */
export const CRITERIA_LIMITS = { depth: 32, nodes: 1000 } as const;

/** The segment rule tree: all / any / not groups over attribute conditions. */
// The id lets the OpenAPI document refer to the tree by $ref instead of expanding it forever.
const CriteriaTree: z.ZodType<Criteria> = z
  .lazy(() =>
    z.union([
      z.strictObject({ all: z.array(CriteriaTree).max(100) }),
      z.strictObject({ any: z.array(CriteriaTree).max(100) }),
      z.strictObject({ not: CriteriaTree }),
      Condition,
    ]),
  )
  .meta({ id: 'Criteria' });

type Walked = { node: unknown; depth: number; path: (string | number)[] };

/**
 * Depth and size, measured before zod descends into the tree: zod's union recurses once per level,
 * and a tree nested 10,000 deep would overflow the stack. An explicit stack here cannot.
 */
export function criteriaSizeIssue(value: unknown): JsonIssue | null {
  const stack: Walked[] = [{ node: value, depth: 1, path: [] }];
  let nodes = 0;
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, depth, path } = item;
    if (depth > CRITERIA_LIMITS.depth) {
      return { path, message: `Rules nested deeper than ${CRITERIA_LIMITS.depth} levels` };
    }
    if (++nodes > CRITERIA_LIMITS.nodes) {
      return { path: [], message: `More than ${CRITERIA_LIMITS.nodes.toLocaleString('en')} rules and groups` };
    }
    if (node === null || typeof node !== 'object' || Array.isArray(node)) continue;
    for (const group of ['all', 'any'] as const) {
      const items: unknown = Object.hasOwn(node, group) ? (node as Record<string, unknown>)[group] : undefined;
      if (!Array.isArray(items)) continue;
      for (const [i, child] of items.entries())
        stack.push({ node: child, depth: depth + 1, path: [...path, group, i] });
    }
    if (Object.hasOwn(node, 'not')) {
      stack.push({ node: (node as { not: unknown }).not, depth: depth + 1, path: [...path, 'not'] });
    }
  }
  return null;
}

/** The rule tree as inputs take it: size-checked first, then parsed. */
export const Criteria = checkedFirst(criteriaSizeIssue, CriteriaTree);

const DAY_MS = 86_400_000;

function compare(a: unknown, b: unknown): number | null {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return compareCodePoints(a, b);
  return null;
}

function ageInMs(value: unknown, now: Date): number | null {
  const t = parseIsoInstant(value);
  return t === null ? null : now.getTime() - t;
}

/**
 * Whether a contact's attributes match the criteria. A condition on a missing attribute is false
 * (except not_exists), so absence never makes a contact eligible by accident. The SQL compiler on
 * the server must agree with this function; a shared test table keeps them in step.
 */
export function matches(criteria: Criteria, attributes: unknown, now: Date): boolean {
  if ('all' in criteria) return criteria.all.every((c) => matches(c, attributes, now));
  if ('any' in criteria) return criteria.any.some((c) => matches(c, attributes, now));
  if ('not' in criteria) return !matches(criteria.not, attributes, now);
  return conditionMatches(criteria, attributes, now);
}

/** One condition against a contact's attributes; `matches` and the eligibility explanation share it. */
export function conditionMatches(criteria: Condition, attributes: unknown, now: Date): boolean {
  const actual = readAttr(attributes, criteria.attr);
  const v = criteria.value;
  switch (criteria.op) {
    case 'exists':
      return actual !== undefined && actual !== null;
    case 'not_exists':
      return actual === undefined || actual === null;
    case 'eq':
      return actual !== undefined && actual === v;
    case 'neq':
      return actual !== undefined && actual !== null && actual !== v;
    case 'in':
      return Array.isArray(v) && v.some((x) => x === actual);
    case 'not_in':
      return actual !== undefined && actual !== null && Array.isArray(v) && !v.some((x) => x === actual);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const d = compare(actual, v);
      if (d === null) return false;
      return criteria.op === 'gt' ? d > 0 : criteria.op === 'gte' ? d >= 0 : criteria.op === 'lt' ? d < 0 : d <= 0;
    }
    case 'contains':
      if (typeof actual === 'string' && typeof v === 'string') return foldAscii(actual).includes(foldAscii(v));
      return Array.isArray(actual) && actual.some((x) => x === v);
    case 'within_days': {
      const age = ageInMs(actual, now);
      return age !== null && typeof v === 'number' && age >= 0 && age <= v * DAY_MS;
    }
    case 'older_than_days': {
      const age = ageInMs(actual, now);
      return age !== null && typeof v === 'number' && age > v * DAY_MS;
    }
  }
}
