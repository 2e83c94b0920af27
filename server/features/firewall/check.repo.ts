import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rowsOf } from '../../db/rows';
import { users } from '../../db/schema/foundation';

export type ContactRow = { id: string; segmentKey: string | null; currentVersion: number | null; sends: number };

export type ContactsQuery = { ids: string[]; from: Date; to: Date };

/**
 * For each query: the contacts that exist among its ids, each with its current segment, that
 * segment's current version (to notice a policy change this instance has not heard of) and the
 * sends reported to it in (from, to]: the frequency cap's rolling window. Many checks' queries in
 * one statement (see check-batches.ts); the ids are joined as a set (`= ANY(array)` would have the
 * planner estimate each of up to 10,000 values on its own).
 */
export async function contactsWithSends(db: DbOrTx, queries: ContactsQuery[]): Promise<ContactRow[][]> {
  const item = queries.flatMap((q, i) => q.ids.map(() => i + 1));
  const result = await db.execute(sql`
    WITH q AS MATERIALIZED (
      SELECT * FROM unnest(${sql.param(item)}::int[], ${sql.param(queries.flatMap((q) => q.ids))}::text[]) AS q(item, id)
    ),
    w AS (
      SELECT * FROM unnest(${sql.param(queries.map((q) => q.from.toISOString()))}::timestamptz[],
        ${sql.param(queries.map((q) => q.to.toISOString()))}::timestamptz[]) WITH ORDINALITY AS w(f, t, item)
    )
    SELECT q.item, c.id, c.segment_key, s.current_version, coalesce(n.sends, 0)::int AS sends
    FROM q
    JOIN contacts c ON c.id = q.id
    LEFT JOIN segments s ON s.key = c.segment_key
    LEFT JOIN (
      SELECT q.item, e.contact_id, count(*) AS sends
      FROM q JOIN w ON w.item = q.item JOIN send_events e ON e.contact_id = q.id
      WHERE e.sent_at > w.f AND e.sent_at <= w.t
      GROUP BY 1, 2
    ) n ON n.item = q.item AND n.contact_id = c.id`);
  const out: ContactRow[][] = queries.map(() => []);
  for (const r of rowsOf<Record<string, unknown>>(result)) {
    out[Number(r.item) - 1]?.push({
      id: String(r.id),
      segmentKey: r.segment_key === null ? null : String(r.segment_key),
      currentVersion: r.current_version === null ? null : Number(r.current_version),
      sends: Number(r.sends),
    });
  }
  return out;
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

export type CheckRecord = { request: RequestRow; blocks: BlockRow[] };

/**
 * Requests and all their blocked decisions in one statement, so atomic on its own: the columns
 * travel as parallel arrays (a row per element), so many checks and 10,000 blocks stay one round
 * trip and a handful of parameters. A block names its request by position (1-based).
 */
export async function insertChecks(db: DbOrTx, checks: CheckRecord[]): Promise<void> {
  const reqs = checks.map((c) => c.request);
  const col = <T>(f: (r: RequestRow) => T) => sql.param(reqs.map(f));
  const blocks = checks.flatMap((c, i) => c.blocks.map((b) => ({ ...b, item: i + 1 })));
  const ids = col((r) => r.id);
  const ats = col((r) => r.at.toISOString());
  await db.execute(sql`
    WITH req AS (
      INSERT INTO firewall_requests (id, at, actor_id, caller, channel, campaign_id, target_segment,
        customer_initiated, contact_count, allowed_count, blocked_count, segment_unsafe)
      SELECT * FROM unnest(${ids}::uuid[], ${ats}::timestamptz[], ${col((r) => r.actorId)}::uuid[],
        ${col((r) => r.caller)}::text[], ${col((r) => r.channel)}::text[], ${col((r) => r.campaignId)}::uuid[],
        ${col((r) => r.targetSegment)}::text[], ${col((r) => r.customerInitiated)}::boolean[],
        ${col((r) => r.contactCount)}::int[], ${col((r) => r.allowedCount)}::int[],
        ${col((r) => r.blockedCount)}::int[], ${col((r) => r.segmentUnsafe)}::boolean[])
      RETURNING id
    )
    INSERT INTO firewall_blocks (request_id, at, contact_id, segment_key, segment_version, reasons)
    SELECT (${ids}::uuid[])[b.item], (${ats}::timestamptz[])[b.item], b.contact_id, b.segment_key,
      b.segment_version, string_to_array(b.reasons, ',')
    FROM unnest(
      ${sql.param(blocks.map((b) => b.item))}::int[],
      ${sql.param(blocks.map((b) => b.contactId))}::text[],
      ${sql.param(blocks.map((b) => b.segmentKey))}::text[],
      ${sql.param(blocks.map((b) => b.segmentVersion))}::int[],
      ${sql.param(blocks.map((b) => b.reasons.join(',')))}::text[]
    ) AS b(item, contact_id, segment_key, segment_version, reasons)`);
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
