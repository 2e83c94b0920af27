import { sql } from 'drizzle-orm';
import type { Criteria } from '#domain/segments/criteria';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { type LiveSegment, liveSegments, parsedInstants, segmentCaseSql } from './membership.repo';

/** A contact a proposed change reaches: its segment now, and the one the change would give it. */
export type Move = { id: string; before: string | null; after: string | null };

/**
 * The contacts a change to segment `key` would reach, evaluated now under the current versions
 * and under the proposed one (null: the segment retired), in one read-only pass: those it would
 * move, and, when `rulesChange` (its pause or approval rule differs), the members it keeps, whose
 * sends it would decide differently. Pilots split these into cohorts (docs/pilots.md).
 */
export async function contactsReachedBy(
  db: DbOrTx,
  now: Date,
  change: { key: string; proposed: { criteria: Criteria; priority: number } | null; rulesChange: boolean },
): Promise<Move[]> {
  const current = await liveSegments(db);
  const { key } = change;
  const others = current.filter((s) => s.key !== key);
  const mine = current.find((s) => s.key === key);
  const proposed: LiveSegment[] = change.proposed
    ? [
        ...others,
        {
          key,
          name: mine?.name ?? key,
          criteria: change.proposed.criteria,
          priority: change.proposed.priority,
          paused: false,
          transitions: mine?.transitions ?? [],
        },
      ]
    : others;
  const nowMs = now.getTime();
  const { lateral, instants } = parsedInstants([...current, ...proposed], sql`c.attributes`, sql`c.instants`);
  const before = segmentCaseSql(current, sql`c.attributes`, nowMs, instants);
  const after = segmentCaseSql(proposed, sql`c.attributes`, nowMs, instants);
  const kept = change.rulesChange ? sql`OR (x.before = ${key} AND x.after = ${key})` : sql``;
  const result = await db.execute(sql`
    SELECT x.id, x.before, x.after FROM (
      SELECT c.id, ${before} AS before, ${after} AS after FROM contacts c ${lateral} OFFSET 0
    ) AS x
    WHERE x.before IS DISTINCT FROM x.after ${kept}
    ORDER BY x.id`);
  return rowsOf<Move>(result);
}
