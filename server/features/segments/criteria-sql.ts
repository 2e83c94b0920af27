import { type SQL, sql } from 'drizzle-orm';
import { ISO_INSTANT } from '../../../domain/segments/attribute-values';
import type { Condition, Criteria } from '../../../domain/segments/criteria';

/**
 * Compiles a criteria tree into a parameterised SQL boolean over a jsonb attributes expression,
 * so membership is evaluated set-based inside PostgreSQL. Every piece yields true or false, never
 * NULL, so `not` behaves as it does in domain `matches()`; test/server/criteria-sql.test.ts runs
 * one table of cases through both. `nowMs` is the clock's now: SQL now() is never used.
 */
export function criteriaSql(criteria: Criteria, attrs: SQL, nowMs: number): SQL {
  if ('all' in criteria) {
    if (criteria.all.length === 0) return sql`true`;
    return sql`(${sql.join(
      criteria.all.map((c) => criteriaSql(c, attrs, nowMs)),
      sql` AND `,
    )})`;
  }
  if ('any' in criteria) {
    if (criteria.any.length === 0) return sql`false`;
    return sql`(${sql.join(
      criteria.any.map((c) => criteriaSql(c, attrs, nowMs)),
      sql` OR `,
    )})`;
  }
  if ('not' in criteria) return sql`(NOT ${criteriaSql(criteria.not, attrs, nowMs)})`;
  return conditionSql(criteria, attrs, nowMs);
}

const DAY_MS = 86_400_000;
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const COMPARISON = { gt: sql`>`, gte: sql`>=`, lt: sql`<`, lte: sql`<=` } as const;

// A path such as scores.lead as a text[] literal; the attribute pattern admits no quotes or commas.
const pathParam = (attr: string) => `{${attr.split('.').join(',')}}`;
const json = (v: unknown) => sql`${JSON.stringify(v)}::jsonb`;

function conditionSql(c: Condition, attrs: SQL, nowMs: number): SQL {
  const path = pathParam(c.attr);
  const v = sql`(${attrs} #> ${path}::text[])`;
  const value = c.value;
  switch (c.op) {
    case 'exists':
      return sql`coalesce(jsonb_typeof(${v}) <> 'null', false)`;
    case 'not_exists':
      return sql`coalesce(jsonb_typeof(${v}) = 'null', true)`;
    case 'eq':
      return sql`coalesce(${v} = ${json(value)}, false)`;
    case 'neq':
      return sql`coalesce(jsonb_typeof(${v}) <> 'null' AND ${v} <> ${json(value)}, false)`;
    case 'in':
      if (!Array.isArray(value)) return sql`false`;
      // The list holds scalars only, so containment of [actual] is equality with one of them.
      return sql`coalesce(jsonb_build_array(${v}) <@ ${json(value)}, false)`;
    case 'not_in':
      if (!Array.isArray(value)) return sql`false`;
      return sql`coalesce(jsonb_typeof(${v}) <> 'null' AND NOT (jsonb_build_array(${v}) <@ ${json(value)}), false)`;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const op = COMPARISON[c.op];
      // CASE, not AND: PostgreSQL may evaluate AND's operands in any order, and the cast would fail.
      if (typeof value === 'number') {
        return sql`(CASE WHEN jsonb_typeof(${v}) = 'number' THEN (${v})::numeric ${op} ${String(value)}::numeric ELSE false END)`;
      }
      if (typeof value === 'string') {
        return sql`(CASE WHEN jsonb_typeof(${v}) = 'string' THEN (${attrs} #>> ${path}::text[]) COLLATE "C" ${op} ${value}::text ELSE false END)`;
      }
      return sql`false`;
    }
    case 'contains': {
      const inArray = sql`WHEN jsonb_typeof(${v}) = 'array' THEN ${v} @> jsonb_build_array(${json(value)})`;
      if (typeof value === 'string') {
        const folded = value.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
        return sql`(CASE WHEN jsonb_typeof(${v}) = 'string' THEN strpos(translate(${attrs} #>> ${path}::text[], ${UPPER}, ${LOWER}), ${folded}::text) > 0 ${inArray} ELSE false END)`;
      }
      if (value === undefined || Array.isArray(value)) return sql`false`;
      return sql`(CASE ${inArray} ELSE false END)`;
    }
    case 'within_days':
    case 'older_than_days': {
      if (typeof value !== 'number') return sql`false`;
      const age = sql`(${String(nowMs)}::bigint - ${instantMsSql(attrs, path)})`;
      const limit = sql`${String(value * DAY_MS)}::numeric`;
      return c.op === 'within_days'
        ? sql`coalesce(${age} >= 0 AND ${age} <= ${limit}, false)`
        : sql`coalesce(${age} > ${limit}, false)`;
    }
  }
}

/**
 * Epoch milliseconds of an ISO instant held at `path`, or NULL: the same pattern and arithmetic
 * as domain parseIsoInstant, without any cast that could raise an error on a bad value
 * (the day is checked against its month before make_date sees it).
 */
function instantMsSql(attrs: SQL, path: string): SQL {
  return sql`(SELECT CASE
      WHEN g IS NULL THEN NULL
      WHEN g[3]::int > CASE WHEN g[2] IN ('04', '06', '09', '11') THEN 30 WHEN g[2] <> '02' THEN 31
        WHEN g[1]::int % 4 = 0 AND (g[1]::int % 100 <> 0 OR g[1]::int % 400 = 0) THEN 29 ELSE 28 END THEN NULL
      ELSE (make_date(g[1]::int, g[2]::int, g[3]::int) - DATE '1970-01-01')::bigint * 86400000
        + coalesce(g[4]::bigint, 0) * 3600000 + coalesce(g[5]::bigint, 0) * 60000 + coalesce(g[6]::bigint, 0) * 1000
        + coalesce(rpad(left(g[7], 3), 3, '0')::bigint, 0)
        - CASE WHEN g[8] IS NULL OR g[8] = 'Z' THEN 0
          ELSE (CASE WHEN left(g[8], 1) = '-' THEN -1 ELSE 1 END)
            * (substr(g[8], 2, 2)::bigint * 3600000 + substr(g[8], 5, 2)::bigint * 60000) END
    END
    FROM (SELECT regexp_match(${attrs} #>> ${path}::text[], ${ISO_INSTANT.source}) AS g) AS parsed)`;
}
