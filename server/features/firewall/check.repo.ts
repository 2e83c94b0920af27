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
 * one statement (see check-batches.ts). Each id is looked up by index (the `OFFSET 0` keeps the
 * planner from turning 10,000 ids into a scan of every contact: with 500,000 contacts that plan
 * took 140 ms, the lookups 45 ms), and the rows come back as one JSON text per query, far cheaper
 * to parse than 10,000 result rows.
 */
export async function contactsWithSends(db: DbOrTx, queries: ContactsQuery[]): Promise<ContactRow[][]> {
  const items = queries.flatMap((q, i) => q.ids.map(() => i + 1));
  const result = await db.execute(sql`
    WITH q AS (
      SELECT * FROM unnest(${sql.param(items)}::int[], ${sql.param(queries.flatMap((q) => q.ids))}::text[]) AS q(item, id)
    ),
    w AS (
      SELECT * FROM unnest(${sql.param(queries.map((q) => q.from.toISOString()))}::timestamptz[],
        ${sql.param(queries.map((q) => q.to.toISOString()))}::timestamptz[]) WITH ORDINALITY AS w(f, t, item)
    ),
    -- Only the contacts with sends in their window come out of n: most have none.
    n AS (
      SELECT q.item, q.id, count(*)::int AS sends
      FROM q JOIN w ON w.item = q.item
      CROSS JOIN LATERAL (
        SELECT 1 FROM send_events e
        WHERE e.contact_id = q.id AND e.sent_at > w.f AND e.sent_at <= w.t OFFSET 0
      ) e
      GROUP BY 1, 2
    )
    SELECT q.item,
      json_agg(json_build_array(c.id, c.segment_key, coalesce(n.sends, 0)))::text AS contacts,
      (SELECT json_object_agg(key, current_version) FROM segments)::text AS versions
    FROM q
    CROSS JOIN LATERAL (SELECT c.id, c.segment_key FROM contacts c WHERE c.id = q.id OFFSET 0) c
    LEFT JOIN n ON n.item = q.item AND n.id = q.id
    GROUP BY q.item`);
  const out: ContactRow[][] = queries.map(() => []);
  for (const r of rowsOf<{ item: number; contacts: string; versions: string | null }>(result)) {
    const versions = JSON.parse(r.versions ?? '{}') as Record<string, number>;
    const rows = JSON.parse(r.contacts) as [string, string | null, number][];
    out[Number(r.item) - 1] = rows.map(([id, segmentKey, sends]) => ({
      id,
      segmentKey,
      currentVersion: segmentKey === null ? null : (versions[segmentKey] ?? null),
      sends,
    }));
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
 * Requests and all their blocked decisions in one statement, so atomic on its own. They travel as
 * one JSON parameter (a request with its blocks nested), so many checks and 10,000 blocks stay one
 * round trip; JSON.stringify is far cheaper than escaping parallel array parameters element by
 * element, and json_to_recordset keeps the blocks in request order.
 */
export async function insertChecks(db: DbOrTx, checks: CheckRecord[]): Promise<void> {
  const input = JSON.stringify(
    checks.map(({ request: r, blocks }) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor_id: r.actorId,
      caller: r.caller,
      channel: r.channel,
      campaign_id: r.campaignId,
      target_segment: r.targetSegment,
      customer_initiated: r.customerInitiated,
      contact_count: r.contactCount,
      allowed_count: r.allowedCount,
      blocked_count: r.blockedCount,
      segment_unsafe: r.segmentUnsafe,
      blocks: blocks.map((b) => ({ c: b.contactId, s: b.segmentKey, v: b.segmentVersion, r: b.reasons })),
    })),
  );
  await db.execute(sql`
    WITH r AS MATERIALIZED (
      SELECT * FROM json_to_recordset(${input}::json) AS r(id uuid, at timestamptz, actor_id uuid, caller text,
        channel text, campaign_id uuid, target_segment text, customer_initiated boolean, contact_count int,
        allowed_count int, blocked_count int, segment_unsafe boolean, blocks json)
    ),
    req AS (
      INSERT INTO firewall_requests (id, at, actor_id, caller, channel, campaign_id, target_segment,
        customer_initiated, contact_count, allowed_count, blocked_count, segment_unsafe)
      SELECT id, at, actor_id, caller, channel, campaign_id, target_segment,
        customer_initiated, contact_count, allowed_count, blocked_count, segment_unsafe
      FROM r
    )
    INSERT INTO firewall_blocks (request_id, at, contact_id, segment_key, segment_version, reasons)
    SELECT r.id, r.at, b.c, b.s, b.v, b.r
    FROM r, json_to_recordset(r.blocks) AS b(c text, s text, v int, r text[])`);
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
