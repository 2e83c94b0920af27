import type { Condition, Criteria } from './criteria';

/** A condition of a rule tree with where it sits, as issue paths name it: ["all", 0, "any", 1]. */
export type PlacedCondition = { condition: Condition; path: (string | number)[] };

/** Every condition of a rule tree, depth first, in the order a person reads them. */
export function conditionsOf(criteria: Criteria, path: (string | number)[] = []): PlacedCondition[] {
  if ('all' in criteria) return criteria.all.flatMap((c, i) => conditionsOf(c, [...path, 'all', i]));
  if ('any' in criteria) return criteria.any.flatMap((c, i) => conditionsOf(c, [...path, 'any', i]));
  if ('not' in criteria) return conditionsOf(criteria.not, [...path, 'not']);
  return [{ condition: criteria, path }];
}

/** The distinct attributes a rule tree reads, in order of first use. */
export function attributesOf(criteria: Criteria): string[] {
  return [...new Set(conditionsOf(criteria).map((c) => c.condition.attr))];
}

const TIME_RELATIVE = new Set(['within_days', 'older_than_days']);

/** Whether membership under this rule changes with time alone (a "within the last n days" rule). */
export function isTimeRelative(criteria: Criteria): boolean {
  return conditionsOf(criteria).some((c) => TIME_RELATIVE.has(c.condition.op));
}
