import { and, asc, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import { normalisePause } from '../../../domain/firewall/pause';
import type { DbOrTx } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { campaigns, firewallBlocks, firewallRequests } from '../../db/schema/firewall';
import { users } from '../../db/schema/foundation';
import { segmentVersions } from '../../db/schema/segments';

export async function findRequest(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      request: firewallRequests,
      actorEmail: users.email,
      actorStartedAt: users.startedAt,
      campaign: {
        name: campaigns.name,
        approvalState: campaigns.approvalState,
        approvedVersion: campaigns.approvedVersion,
      },
    })
    .from(firewallRequests)
    .leftJoin(users, eq(users.id, firewallRequests.actorId))
    .leftJoin(campaigns, eq(campaigns.id, firewallRequests.campaignId))
    .where(eq(firewallRequests.id, id));
  return row;
}

export function blocksOf(db: DbOrTx, requestId: string) {
  return db
    .select()
    .from(firewallBlocks)
    .where(eq(firewallBlocks.requestId, requestId))
    .orderBy(asc(firewallBlocks.id));
}

/** The segment versions named by (key, version) pairs, as they were when approved. */
export async function segmentVersionsAt(db: DbOrTx, pairs: { key: string; version: number }[]) {
  if (pairs.length === 0) return [];
  const rows = await db
    .select({
      key: segmentVersions.segmentKey,
      version: segmentVersions.version,
      name: segmentVersions.name,
      pause: segmentVersions.pause,
      approval: segmentVersions.approval,
    })
    .from(segmentVersions)
    .where(or(...pairs.map((p) => and(eq(segmentVersions.segmentKey, p.key), eq(segmentVersions.version, p.version)))));
  return rows.map((r) => ({ ...r, pause: normalisePause(r.pause) }));
}

export type LogFilter = {
  reason?: string;
  segment?: string;
  campaign?: string;
  actorId?: string;
  before?: { at: Date; id: number };
};

/** Blocked decisions newest first, keyset-paged on (at, id). */
export function listBlocked(db: DbOrTx, f: LogFilter, limit: number) {
  const parts: (SQL | undefined)[] = [];
  if (f.reason) parts.push(sql`${f.reason} = ANY(${firewallBlocks.reasons})`);
  if (f.segment) parts.push(eq(firewallBlocks.segmentKey, f.segment));
  if (f.campaign) parts.push(eq(firewallRequests.campaignId, f.campaign));
  if (f.actorId) parts.push(eq(firewallRequests.actorId, f.actorId));
  if (f.before) {
    parts.push(
      sql`(${firewallBlocks.at}, ${firewallBlocks.id}) < (${f.before.at.toISOString()}::timestamptz, ${f.before.id})`,
    );
  }
  return db
    .select({
      block: firewallBlocks,
      channel: firewallRequests.channel,
      campaignId: firewallRequests.campaignId,
      campaignName: campaigns.name,
      actor: users.email,
      caller: firewallRequests.caller,
    })
    .from(firewallBlocks)
    .innerJoin(firewallRequests, eq(firewallRequests.id, firewallBlocks.requestId))
    .leftJoin(campaigns, eq(campaigns.id, firewallRequests.campaignId))
    .leftJoin(users, eq(users.id, firewallRequests.actorId))
    .where(and(...parts))
    .orderBy(desc(firewallBlocks.at), desc(firewallBlocks.id))
    .limit(limit);
}

export async function userIdByEmail(db: DbOrTx, email: string): Promise<string | undefined> {
  const [u] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return u?.id;
}

/**
 * Blocked decisions by ISO week (Monday, UTC), segment and reason, exact: one row per reason.
 * Grouped by week, segment and reason list first, so unnest runs once per group instead of once
 * per blocked row (a month can hold hundreds of thousands; see bench/review.ts).
 */
export async function suppressedByWeek(db: DbOrTx, from: Date, to: Date) {
  const result = await db.execute(sql`
    SELECT to_char(g.week, 'YYYY-MM-DD') AS week_start, g.segment_key, r.reason, sum(g.n)::int AS n
    FROM (
      SELECT date_trunc('week', b.at AT TIME ZONE 'UTC') AS week, b.segment_key, b.reasons, count(*) AS n
      FROM firewall_blocks b
      WHERE b.at >= ${from.toISOString()}::timestamptz AND b.at < ${to.toISOString()}::timestamptz
      GROUP BY 1, 2, 3
    ) g, unnest(g.reasons) AS r(reason)
    GROUP BY 1, 2, 3
    ORDER BY 1, 2 NULLS LAST, 3`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    weekStart: String(r.week_start),
    segment: r.segment_key === null ? null : String(r.segment_key),
    reason: String(r.reason),
    count: Number(r.n),
  }));
}

export async function blockedCount(db: DbOrTx, from: Date, to: Date, actorId?: string): Promise<number> {
  const result = await db.execute(sql`
    SELECT count(*)::int AS n FROM firewall_blocks b
    ${actorId ? sql`JOIN firewall_requests q ON q.id = b.request_id` : sql``}
    WHERE b.at >= ${from.toISOString()}::timestamptz AND b.at < ${to.toISOString()}::timestamptz
    ${actorId ? sql`AND q.actor_id = ${actorId}` : sql``}`);
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}
