import { sql } from 'drizzle-orm';
import type { ReasonCode } from '#domain/firewall/decide';
import type { MonthRange } from '#domain/firewall/months';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';

/**
 * A month's blocked decisions from the day rollups (firewall_block_days, kept exact by a trigger
 * in each inserting transaction; docs/decisions/015-scale.md): a few hundred rows a month
 * whatever the volume, instead of every block group of the month.
 */
const days = (range: MonthRange) =>
  sql`d.day >= (${range.from.toISOString()}::timestamptz AT TIME ZONE 'UTC')::date
      AND d.day < (${range.to.toISOString()}::timestamptz AT TIME ZONE 'UTC')::date`;

/** Blocked decisions by ISO week (Monday, UTC), segment and reason; a decision counts under each of its reasons. */
export async function suppressedByWeekIn(db: DbOrTx, range: MonthRange) {
  const result = await db.execute(sql`
    SELECT to_char(g.week, 'YYYY-MM-DD') AS week_start, g.segment_key, r.reason, sum(g.n)::int AS n
    FROM (
      SELECT date_trunc('week', d.day::timestamp) AS week, d.segment_key, d.reasons, sum(d.contacts) AS n
      FROM firewall_block_days d WHERE ${days(range)}
      GROUP BY 1, 2, 3
    ) g, unnest(g.reasons) AS r(reason)
    GROUP BY 1, 2, 3
    ORDER BY 1, 2 NULLS LAST, 3`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    weekStart: String(r.week_start),
    segment: r.segment_key === null ? null : String(r.segment_key),
    reason: String(r.reason) as ReasonCode,
    count: Number(r.n),
  }));
}

/** Blocked decisions in the month, each once. */
export async function blockedIn(db: DbOrTx, range: MonthRange): Promise<number> {
  const result = await db.execute(
    sql`SELECT coalesce(sum(d.contacts), 0)::int AS n FROM firewall_block_days d WHERE ${days(range)}`,
  );
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}
