import { type SQL, sql } from 'drizzle-orm';
import { ISO_INSTANT } from '#domain/segments/attribute-values';
import type { Condition, Criteria } from '#domain/segments/criteria';

/**
 * The instant an evaluation is made at, in epoch milliseconds: the clock's now as a number (SQL
 * now() is never used), or a bigint expression per row (the time edge a contact crossed, when the
 * freshness pass replays it: docs/decisions/014-membership-never-stale.md).
 */
export type EvalInstant = number | SQL;

export const instantSql = (at: EvalInstant): SQL => (typeof at === 'number' ? sql`${String(at)}::bigint` : at);

/**
 * Compiles a criteria tree into a parameterised SQL boolean over a jsonb attributes expression,
 * so membership is evaluated set-based inside PostgreSQL. Every piece yields true or false, never
 * NULL, so `not` behaves as it does in domain `matches()`; test/server/criteria-sql.test.ts runs
 * one table of cases through both.
 */
export function criteriaSql(criteria: Criteria, attrs: SQL, nowMs: EvalInstant, instants?: InstantColumns): SQL {
  if ('all' in criteria) {
    if (criteria.all.length === 0) return sql`true`;
    return sql`(${sql.join(
      criteria.all.map((c) => criteriaSql(c, attrs, nowMs, instants)),
      sql` AND `,
    )})`;
  }
  if ('any' in criteria) {
    if (criteria.any.length === 0) return sql`false`;
    return sql`(${sql.join(
      criteria.any.map((c) => criteriaSql(c, attrs, nowMs, instants)),
      sql` OR `,
    )})`;
  }
  if ('not' in criteria) return sql`(NOT ${criteriaSql(criteria.not, attrs, nowMs, instants)})`;
  return conditionSql(criteria, attrs, nowMs, instants);
}

/** Columns that already hold the parsed instant of an attribute path, by path. */
export type InstantColumns = Map<string, SQL>;

/** The attribute paths a criteria tree reads as dates (within_days, older_than_days). */
export function instantPaths(criteria: Criteria, into = new Set<string>()): Set<string> {
  if ('all' in criteria) for (const c of criteria.all) instantPaths(c, into);
  else if ('any' in criteria) for (const c of criteria.any) instantPaths(c, into);
  else if ('not' in criteria) instantPaths(criteria.not, into);
  else if (criteria.op === 'within_days' || criteria.op === 'older_than_days') into.add(criteria.attr);
  return into;
}

const DAY_MS = 86_400_000;
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const COMPARISON = { gt: sql`>`, gte: sql`>=`, lt: sql`<`, lte: sql`<=` } as const;

// A path such as scores.lead as a text[] literal; the attribute pattern admits no quotes or commas.
const pathParam = (attr: string) => `{${attr.split('.').join(',')}}`;
const json = (v: unknown) => sql`${JSON.stringify(v)}::jsonb`;

function conditionSql(c: Condition, attrs: SQL, nowMs: EvalInstant, instants?: InstantColumns): SQL {
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
      const instant = instants?.get(c.attr) ?? instantMsSql(attrs, c.attr);
      const age = sql`(${instantSql(nowMs)} - ${instant})`;
      const limit = sql`${String(value * DAY_MS)}::numeric`;
      // A range test reads the (costly) age once; `age >= 0 AND age <= limit` would compute it twice.
      return c.op === 'within_days'
        ? sql`coalesce(numrange(0, ${limit}, '[]') @> ${age}::numeric, false)`
        : sql`coalesce(${age} > ${limit}, false)`;
    }
  }
}

/**
 * Epoch milliseconds of an ISO instant held at `path`, or NULL: the same pattern and arithmetic
 * as domain parseIsoInstant. The pattern only validates (`~` is cheap; capturing with
 * regexp_match costs a hundred times more per row); the fields sit at fixed positions, and the
 * day is checked against its month before make_date sees it, so no value can raise an error.
 * Here the value is read inline each time (a scalar sub-select to read it once is slower still);
 * evaluating many contacts, parsedInstants reads it once into a column of a LATERAL sub-select and
 * parses that with instantMsOfText.
 */
export function instantMsSql(attrs: SQL, attr: string): SQL {
  return instantMsOfText(attributeTextSql(attrs, attr));
}

/** The attribute at `attr` as text (NULL when missing), for instantMsOfText to read once. */
export const attributeTextSql = (attrs: SQL, attr: string): SQL => sql`(${attrs} #>> ${pathParam(attr)}::text[])`;

/** instantMsSql over a text expression already read from the attributes (a column, ideally). */
export function instantMsOfText(S: SQL): SQL {
  const len = sql`length(${S})`;
  const zone = sql`(CASE WHEN right(${S}, 1) = 'Z' THEN ${len} WHEN ${len} > 10 AND substr(${S}, ${len} - 5, 1) IN ('+', '-') THEN ${len} - 5 ELSE ${len} + 1 END)`;
  return sql`(CASE
      WHEN NOT coalesce(${S} ~ ${ISO_INSTANT.source}, false) THEN NULL
      WHEN substr(${S}, 9, 2)::int > CASE WHEN substr(${S}, 6, 2) IN ('04', '06', '09', '11') THEN 30
        WHEN substr(${S}, 6, 2) <> '02' THEN 31
        WHEN substr(${S}, 1, 4)::int % 4 = 0 AND (substr(${S}, 1, 4)::int % 100 <> 0 OR substr(${S}, 1, 4)::int % 400 = 0)
        THEN 29 ELSE 28 END THEN NULL
      ELSE (make_date(substr(${S}, 1, 4)::int, substr(${S}, 6, 2)::int, substr(${S}, 9, 2)::int) - DATE '1970-01-01')::bigint * 86400000
        + CASE WHEN ${len} > 10 THEN substr(${S}, 12, 2)::bigint * 3600000 + substr(${S}, 15, 2)::bigint * 60000 ELSE 0 END
        + CASE WHEN substr(${S}, 17, 1) = ':' THEN substr(${S}, 18, 2)::bigint * 1000 ELSE 0 END
        + CASE WHEN substr(${S}, 20, 1) = '.' THEN rpad(left(substr(${S}, 21, ${zone} - 21), 3), 3, '0')::bigint ELSE 0 END
        - CASE WHEN ${zone} < ${len} THEN (CASE WHEN substr(${S}, ${len} - 5, 1) = '-' THEN -1 ELSE 1 END)
          * (substr(${S}, ${len} - 4, 2)::bigint * 3600000 + substr(${S}, ${len} - 1, 2)::bigint * 60000) ELSE 0 END
    END)`;
}
