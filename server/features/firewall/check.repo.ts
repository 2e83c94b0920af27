import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { users } from '../../db/schema/foundation';

export type ContactRow = { id: string; segmentKey: string | null; currentVersion: number | null; sends: number };

/**
 * The contacts that exist among `ids`, each with its current segment, that segment's current
 * version (to notice a policy change this instance has not heard of) and the sends reported to it
 * in (from, to]: the frequency cap's rolling window. One statement; the ids are joined as a set
 * (`= ANY(array)` would have the planner estimate each of up to 10,000 values on its own).
 */
export async function contactsWithSends(db: DbOrTx, ids: string[], from: Date, to: Date): Promise<ContactRow[]> {
  const result = await db.execute(sql`
    WITH q AS MATERIALIZED (SELECT unnest(${sql.param(ids)}::text[]) AS id)
    SELECT c.id, c.segment_key, s.current_version, coalesce(n.sends, 0)::int AS sends
    FROM q
    JOIN contacts c ON c.id = q.id
    LEFT JOIN segments s ON s.key = c.segment_key
    LEFT JOIN (
      SELECT e.contact_id, count(*) AS sends FROM q JOIN send_events e ON e.contact_id = q.id
      WHERE e.sent_at > ${from.toISOString()}::timestamptz AND e.sent_at <= ${to.toISOString()}::timestamptz
      GROUP BY 1
    ) n ON n.contact_id = c.id`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    id: String(r.id),
    segmentKey: r.segment_key === null ? null : String(r.segment_key),
    currentVersion: r.current_version === null ? null : Number(r.current_version),
    sends: Number(r.sends),
  }));
}

export type RequestRow = {
  id: string;
  at: Date;
  actorId: string | null;
  caller: string;
  channel: string;
  campaignId: string | null;
  targetSegment: string | null;
  customerInitiated: boolean;
  contactCount: number;
  allowedCount: number;
  blockedCount: number;
  segmentUnsafe: boolean;
};
export type BlockRow = {
  contactId: string;
  segmentKey: string | null;
  segmentVersion: number | null;
  reasons: string[];
};

/**
 * The request and all its blocked decisions in one statement: the blocks travel as parallel
 * arrays (a row per array element), so 10,000 blocks stay one round trip and a handful of parameters.
 */
export async function insertRequestWithBlocks(db: DbOrTx, r: RequestRow, blocks: BlockRow[]): Promise<void> {
  await db.execute(sql`
    WITH req AS (
      INSERT INTO firewall_requests (id, at, actor_id, caller, channel, campaign_id, target_segment,
        customer_initiated, contact_count, allowed_count, blocked_count, segment_unsafe)
      VALUES (${r.id}, ${r.at.toISOString()}::timestamptz, ${r.actorId}, ${r.caller}, ${r.channel}, ${r.campaignId}, ${r.targetSegment},
        ${r.customerInitiated}, ${r.contactCount}, ${r.allowedCount}, ${r.blockedCount}, ${r.segmentUnsafe})
      RETURNING id, at
    )
    INSERT INTO firewall_blocks (request_id, at, contact_id, segment_key, segment_version, reasons)
    SELECT req.id, req.at, b.contact_id, b.segment_key, b.segment_version, string_to_array(b.reasons, ',')
    FROM req, unnest(
      ${sql.param(blocks.map((b) => b.contactId))}::text[],
      ${sql.param(blocks.map((b) => b.segmentKey))}::text[],
      ${sql.param(blocks.map((b) => b.segmentVersion))}::int[],
      ${sql.param(blocks.map((b) => b.reasons.join(',')))}::text[]
    ) AS b(contact_id, segment_key, segment_version, reasons)`);
}

export type ActorRow = { id: string; email: string; team: string; startedAt: Date };

export async function activeUserByEmail(db: DbOrTx, email: string): Promise<ActorRow | undefined> {
  const [u] = await db
    .select({ id: users.id, email: users.email, team: users.team, startedAt: users.startedAt })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), eq(users.active, true)));
  return u;
}

export async function userById(db: DbOrTx, id: string): Promise<ActorRow | undefined> {
  const [u] = await db
    .select({ id: users.id, email: users.email, team: users.team, startedAt: users.startedAt })
    .from(users)
    .where(eq(users.id, id));
  return u;
}
