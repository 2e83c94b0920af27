import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { ReasonCode } from '#domain/firewall/decide';
import { normalisePause } from '#domain/firewall/pause';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { campaigns, firewallRequests } from '#server/db/schema/firewall';
import { users } from '#server/db/schema/foundation';
import { segmentVersions } from '#server/db/schema/segments';

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

export type BlockedDecision = {
  /** `<group id>-<position in the group>`: stable, and unique across the log. */
  id: string;
  groupId: number;
  position: number;
  requestId: string;
  at: Date;
  contactId: string;
  segmentKey: string | null;
  segmentVersion: number | null;
  reasons: ReasonCode[];
  /** The pilot whose cohort decided it, with the proposal it tries (docs/pilots.md, "The firewall"). */
  pilot?: { id: string; cohort: 'pilot' | 'control'; proposalId: string } | null;
};

const decisionOf = (r: Record<string, unknown>): BlockedDecision => ({
  id: `${r.group_id}-${r.n}`,
  groupId: Number(r.group_id),
  position: Number(r.n),
  requestId: String(r.request_id),
  at: new Date(r.at as Date | string), // a Date from node-postgres and PGlite alike
  contactId: String(r.contact_id),
  segmentKey: r.segment_key === null ? null : String(r.segment_key),
  segmentVersion: r.segment_version === null ? null : Number(r.segment_version),
  // A text[] column written only from ReasonCode values (check.service.ts).
  reasons: r.reasons as ReasonCode[],
});

/**
 * A request's blocked decisions, one per contact, group by group (docs/decisions/010-grouped-blocks-and-one-pass-reads.md),
 * each with the pilot that decided it, if one did.
 */
export async function blocksOf(db: DbOrTx, requestId: string): Promise<BlockedDecision[]> {
  const result = await db.execute(sql`
    SELECT g.id AS group_id, c.n, g.request_id, g.at, c.contact_id, g.segment_key, g.segment_version, g.reasons,
      g.pilot_id, g.pilot_cohort, p.proposal_id
    FROM firewall_block_groups g CROSS JOIN unnest(g.contact_ids) WITH ORDINALITY AS c(contact_id, n)
    LEFT JOIN pilots p ON p.id = g.pilot_id
    WHERE g.request_id = ${requestId}
    ORDER BY g.id, c.n`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    ...decisionOf(r),
    pilot:
      r.pilot_id && r.proposal_id
        ? {
            id: String(r.pilot_id),
            cohort: r.pilot_cohort === 'control' ? 'control' : 'pilot',
            proposalId: String(r.proposal_id),
          }
        : null,
  }));
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
  before?: { at: Date; groupId: number; position: number };
};

export type LoggedDecision = BlockedDecision & {
  channel: string;
  campaignId: string | null;
  campaignName: string | null;
  actor: string | null;
  caller: string;
};

/** Blocked decisions newest first, keyset-paged on (at, group, position). */
export async function listBlocked(db: DbOrTx, f: LogFilter, limit: number): Promise<LoggedDecision[]> {
  const where: SQL[] = [sql`TRUE`];
  if (f.reason) where.push(sql`${f.reason} = ANY(g.reasons)`);
  if (f.segment) where.push(sql`g.segment_key = ${f.segment}`);
  if (f.campaign) where.push(sql`q.campaign_id = ${f.campaign}`);
  if (f.actorId) where.push(sql`q.actor_id = ${f.actorId}`);
  if (f.before) {
    const at = f.before.at.toISOString();
    // The first condition alone lets the index on `at` start at the cursor.
    where.push(sql`g.at <= ${at}::timestamptz`);
    where.push(sql`(g.at, g.id, c.n) < (${at}::timestamptz, ${f.before.groupId}, ${f.before.position})`);
  }
  const result = await db.execute(sql`
    SELECT g.id AS group_id, c.n, g.request_id, g.at, c.contact_id, g.segment_key, g.segment_version, g.reasons,
      q.channel, q.campaign_id, cp.name AS campaign_name, u.email AS actor, q.caller
    FROM firewall_block_groups g
    JOIN firewall_requests q ON q.id = g.request_id
    LEFT JOIN campaigns cp ON cp.id = q.campaign_id
    LEFT JOIN users u ON u.id = q.actor_id
    CROSS JOIN LATERAL unnest(g.contact_ids) WITH ORDINALITY AS c(contact_id, n)
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY g.at DESC, g.id DESC, c.n DESC
    LIMIT ${limit}`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    ...decisionOf(r),
    channel: String(r.channel),
    campaignId: r.campaign_id === null ? null : String(r.campaign_id),
    campaignName: r.campaign_name === null ? null : String(r.campaign_name),
    actor: r.actor === null ? null : String(r.actor),
    caller: String(r.caller),
  }));
}

export async function blockedCount(db: DbOrTx, from: Date, to: Date, actorId?: string): Promise<number> {
  const result = await db.execute(sql`
    SELECT coalesce(sum(b.contact_count), 0)::int AS n FROM firewall_block_groups b
    ${actorId ? sql`JOIN firewall_requests q ON q.id = b.request_id` : sql``}
    WHERE b.at >= ${from.toISOString()}::timestamptz AND b.at < ${to.toISOString()}::timestamptz
    ${actorId ? sql`AND q.actor_id = ${actorId}` : sql``}`);
  return Number(rowsOf<{ n: number }>(result)[0]?.n ?? 0);
}

/** Blocked decisions in [from, to) by segment and reason, most first. */
export async function blockedBySegmentReason(db: DbOrTx, from: Date, to: Date) {
  const result = await db.execute(sql`
    SELECT b.segment_key, r.reason, sum(b.contact_count)::int AS n
    FROM firewall_block_groups b, unnest(b.reasons) AS r(reason)
    WHERE b.at >= ${from.toISOString()}::timestamptz AND b.at < ${to.toISOString()}::timestamptz
    GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    segment: r.segment_key === null ? null : String(r.segment_key),
    reason: String(r.reason) as ReasonCode,
    count: Number(r.n),
  }));
}

/** Blocked decisions in [from, to) per segment key. */
export async function blockedBySegment(db: DbOrTx, from: Date, to: Date) {
  const result = await db.execute(sql`
    SELECT segment_key, sum(contact_count)::int AS n FROM firewall_block_groups
    WHERE at >= ${from.toISOString()}::timestamptz AND at < ${to.toISOString()}::timestamptz
    GROUP BY 1`);
  return new Map(rowsOf<Record<string, unknown>>(result).map((r) => [String(r.segment_key), Number(r.n)]));
}
