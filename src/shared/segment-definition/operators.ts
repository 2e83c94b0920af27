import type { ContactAttribute } from '#domain/schemas/segments';
import { type Condition, OPERATORS, type Operator } from '#domain/segments/criteria';

export type AttributeType = ContactAttribute['type'];
/** What the editor needs of GET /api/contacts/attributes items (which can be passed as they are). */
export type AttributeInfo = Pick<ContactAttribute, 'attr' | 'type' | 'examples'>;

/** Which operators make sense for each attribute type; an unknown attribute may use any. */
const BY_TYPE: Record<AttributeType, readonly Operator[]> = {
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'not_in', 'exists', 'not_exists'],
  string: ['eq', 'neq', 'in', 'not_in', 'contains', 'exists', 'not_exists'],
  boolean: ['eq', 'neq', 'exists', 'not_exists'],
  date: ['within_days', 'older_than_days', 'gt', 'gte', 'lt', 'lte', 'exists', 'not_exists'],
  array: ['contains', 'exists', 'not_exists'],
};

export function operatorsFor(type: AttributeType | undefined): readonly Operator[] {
  return type ? BY_TYPE[type] : OPERATORS;
}

const LABELS: Record<Operator, string> = {
  eq: 'is',
  neq: 'is not',
  in: 'is one of',
  not_in: 'is none of',
  gt: 'is more than',
  gte: 'is at least',
  lt: 'is less than',
  lte: 'is at most',
  exists: 'is known',
  not_exists: 'is not known',
  contains: 'contains',
  within_days: 'is within the last … days',
  older_than_days: 'is more than … days ago',
};
const DATE_LABELS: Partial<Record<Operator, string>> = {
  gt: 'is after',
  gte: 'is on or after',
  lt: 'is before',
  lte: 'is on or before',
};

export function operatorLabel(op: Operator, type: AttributeType | undefined): string {
  return (type === 'date' ? DATE_LABELS[op] : undefined) ?? LABELS[op];
}

export type ValueKind = 'none' | 'list' | 'days' | 'number' | 'date' | 'boolean' | 'text';

/** Which input a condition's value needs, given its operator and the attribute's type. */
export function valueKind(op: Operator, type: AttributeType | undefined): ValueKind {
  if (op === 'exists' || op === 'not_exists') return 'none';
  if (op === 'in' || op === 'not_in') return 'list';
  if (op === 'within_days' || op === 'older_than_days') return 'days';
  if (type === 'number') return 'number';
  if (type === 'date') return 'date';
  if (type === 'boolean' && (op === 'eq' || op === 'neq')) return 'boolean';
  return 'text';
}

type Scalar = string | number | boolean;

/** Reads typed text the way the attribute stores it: "80" is 80 for a number attribute. */
export function typedScalar(text: string, type: AttributeType | undefined): Scalar {
  const t = text.trim();
  if (type === 'number' && t !== '' && !Number.isNaN(Number(t))) return Number(t);
  if (type === 'boolean' && /^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  return text;
}

/**
 * The value to keep when the operator changes: a scalar becomes a one-item list and back, and an
 * operator without a value drops it, so switching never leaves a value the schema refuses silently.
 */
export function valueForOperator(
  op: Operator,
  type: AttributeType | undefined,
  previous: Condition['value'],
): Condition['value'] {
  const first = Array.isArray(previous) ? previous[0] : previous;
  switch (valueKind(op, type)) {
    case 'none':
      return undefined;
    case 'list':
      return Array.isArray(previous) ? previous : first === undefined || first === '' ? [] : [first];
    case 'days':
      return typeof first === 'number' && Number.isInteger(first) && first >= 0 ? first : 30;
    case 'number':
      return typeof first === 'number' ? first : 0;
    case 'boolean':
      return typeof first === 'boolean' ? first : true;
    case 'date':
      return typeof first === 'string' && /^\d{4}-\d{2}-\d{2}/.test(first) ? first : '';
    default:
      return first === undefined ? '' : first;
  }
}

/** A new rule on an attribute starts as "is known": always valid, and the reviewer picks from there. */
export function newCondition(attributes: readonly AttributeInfo[]): Condition {
  return { attr: attributes[0]?.attr ?? '', op: 'exists' };
}
