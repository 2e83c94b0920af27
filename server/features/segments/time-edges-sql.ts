import { type SQL, sql } from 'drizzle-orm';
import type { Criteria } from '#domain/segments/criteria';
import { edgeOffsets } from '#domain/segments/time-edges';
import { type EvalInstant, type InstantColumns, instantMsSql, instantSql } from './criteria-sql';

type WithCriteria = { criteria: Criteria };

/**
 * The next time edge after `at` as a timestamptz: the first instant at which a `within_days` or
 * `older_than_days` condition of any of these segments flips for the contact, or 'infinity' when
 * none ever will. The same edges as domain nextEdge() (docs/decisions/014-membership-never-stale.md),
 * computed from the dates the evaluation has already parsed (`instants`), so it costs a few
 * additions per contact.
 */
export function freshUntilSql(segments: WithCriteria[], attrs: SQL, at: EvalInstant, instants: InstantColumns): SQL {
  const offsets = edgeOffsets(segments.map((s) => s.criteria));
  const from = instantSql(at);
  const arms: SQL[] = [];
  for (const [attr, set] of offsets) {
    const instant = instants.get(attr) ?? instantMsSql(attrs, attr);
    for (const offset of [...set].sort((a, b) => a - b)) {
      const edge = sql`(${instant} + ${String(offset)}::bigint)`;
      arms.push(sql`CASE WHEN ${edge} > ${from} THEN ${edge} END`);
    }
  }
  if (arms.length === 0) return sql`'infinity'::timestamptz`;
  // LEAST ignores NULLs (a missing date, an edge already passed); all NULL means no edge ahead.
  return sql`coalesce(timestamptz 'epoch' + LEAST(${sql.join(arms, sql`, `)}) * interval '1 millisecond', 'infinity'::timestamptz)`;
}
