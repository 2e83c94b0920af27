import { z } from 'zod';
import { plainText } from '#domain/schemas/text';
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

const Scalar = z.union([plainText(z.string().max(500), 'criteria'), z.number(), z.boolean()]);
/** A dotted path into contact attributes, e.g. "scores.lead" (predictive scores are attributes). */
const AttrPath = z
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

/** The segment rule tree: all / any / not groups over attribute conditions. */
// The id lets the OpenAPI document refer to the tree by $ref instead of expanding it forever.
export const Criteria: z.ZodType<Criteria> = z
  .lazy(() =>
    z.union([
      z.strictObject({ all: z.array(Criteria).max(100) }),
      z.strictObject({ any: z.array(Criteria).max(100) }),
      z.strictObject({ not: Criteria }),
      Condition,
    ]),
  )
  .meta({ id: 'Criteria' });

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
