import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { Criteria } from '#domain/segments/criteria';
import type { Db } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { criteriaSql } from '#server/features/segments/criteria-sql';
import { NOW } from './criteria-cases';

/**
 * Generated criteria and contact attributes, shared by every test that holds an evaluator to the
 * SQL one: a small vocabulary of attributes, so conditions often meet the values they test.
 */
const attrName = fc.constantFrom('score', 'name', 'tags', 'seen_at', 'nested.level', 'flag');
const scalar = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.constantFrom('a', 'B', 'ab', '', 'Zoë', '2026-11-01', '2026-02-30', '2026-11-15T11:00:00+02:00'),
  fc.boolean(),
);
const value = fc.oneof(scalar, fc.constant(null), fc.array(scalar, { maxLength: 3 }));

export const generatedAttributes = fc.record(
  {
    score: value,
    name: value,
    tags: value,
    seen_at: value,
    flag: value,
    nested: fc.oneof(fc.record({ level: value }, { requiredKeys: [] }), value),
  },
  { requiredKeys: [] },
);

const condition: fc.Arbitrary<Criteria> = fc.oneof(
  fc.record({ attr: attrName, op: fc.constantFrom('exists', 'not_exists' as const) }),
  fc.record({ attr: attrName, op: fc.constantFrom('eq', 'neq', 'contains' as const), value: scalar }),
  fc.record({
    attr: attrName,
    op: fc.constantFrom('in', 'not_in' as const),
    value: fc.array(scalar, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    attr: attrName,
    op: fc.constantFrom('gt', 'gte', 'lt', 'lte' as const),
    value: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom('a', 'B', '2026-11-01')),
  }),
  fc.record({
    attr: attrName,
    op: fc.constantFrom('within_days', 'older_than_days' as const),
    value: fc.integer({ min: 0, max: 400 }),
  }),
) as fc.Arbitrary<Criteria>;

export const generatedCriteria = fc.oneof(
  condition,
  fc.record({ all: fc.array(condition, { maxLength: 3 }) }),
  fc.record({ any: fc.array(condition, { maxLength: 3 }) }),
  fc.record({ not: condition }),
) as fc.Arbitrary<Criteria>;

/** Whether the SQL the server runs finds these attributes matching, evaluated at NOW. */
export async function sqlMatches(db: Db, criteria: Criteria, attributes: unknown): Promise<boolean> {
  const expr = criteriaSql(criteria, sql`c.attributes`, NOW.getTime());
  const result = await db.execute(
    sql`SELECT ${expr} AS m FROM (SELECT ${JSON.stringify(attributes)}::jsonb AS attributes) AS c`,
  );
  return rowsOf<{ m: boolean }>(result)[0]?.m as boolean;
}
