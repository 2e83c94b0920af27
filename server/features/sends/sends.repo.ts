import { sql } from 'drizzle-orm';
import { normalisePause } from '#domain/firewall/pause';
import type { Channel } from '#domain/schemas/segments';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';

export type SendEventIn = {
  eventId: string;
  contactId: string;
  channel: Channel;
  sentAt: Date;
  campaignId: string | null;
  source: string;
  customerInitiated: boolean;
  workflowId: string | null;
};

export type InsertedSend = SendEventIn & {
  /** The segment the contact was in at sentAt, and that segment's version current at sentAt. */
  segmentKey: string | null;
  segmentVersion: number | null;
  pause: ReturnType<typeof normalisePause> | null;
};

/**
 * Inserts the batch (ON CONFLICT DO NOTHING: idempotent per eventId) and returns only the new
 * events, each with the contact's stay covering sentAt and the segment version current at sentAt
 * (the highest version approved at or before it). One statement for the whole batch, which also
 * adds the sends to segment health's weekly rollup.
 */
export async function insertSends(db: DbOrTx, events: SendEventIn[], receivedAt: Date): Promise<InsertedSend[]> {
  const result = await db.execute(sql`
    WITH ins AS (
      INSERT INTO send_events (event_id, contact_id, channel, sent_at, campaign_id, source, customer_initiated,
        workflow_id, received_at)
      SELECT e.event_id, e.contact_id, e.channel, e.sent_at, e.campaign_id, e.source, e.customer_initiated,
             e.workflow_id, ${receivedAt.toISOString()}::timestamptz
      FROM unnest(
        ${sql.param(events.map((e) => e.eventId))}::text[],
        ${sql.param(events.map((e) => e.contactId))}::text[],
        ${sql.param(events.map((e) => e.channel))}::text[],
        ${sql.param(events.map((e) => e.sentAt.toISOString()))}::timestamptz[],
        ${sql.param(events.map((e) => e.campaignId))}::uuid[],
        ${sql.param(events.map((e) => e.source))}::text[],
        ${sql.param(events.map((e) => e.customerInitiated))}::boolean[],
        ${sql.param(events.map((e) => e.workflowId))}::uuid[]
      ) AS e(event_id, contact_id, channel, sent_at, campaign_id, source, customer_initiated, workflow_id)
      ON CONFLICT (event_id) DO NOTHING
      RETURNING event_id, contact_id, channel, sent_at, campaign_id, source, customer_initiated, workflow_id
    ), found AS (
    SELECT ins.*, st.segment_key, v.version, v.pause
    FROM ins
    LEFT JOIN LATERAL (
      SELECT s.segment_key FROM contact_stays s
      WHERE s.contact_id = ins.contact_id AND s.entered_at <= ins.sent_at
        AND (s.left_at IS NULL OR s.left_at > ins.sent_at)
      ORDER BY s.entered_at DESC LIMIT 1
    ) st ON true
    LEFT JOIN LATERAL (
      SELECT sv.version, sv.pause FROM segment_versions sv
      WHERE sv.segment_key = st.segment_key AND sv.approved_at <= ins.sent_at
      ORDER BY sv.version DESC LIMIT 1
    ) v ON true
    ), weekly AS (
      -- Segment health's weekly sends, for the segment each contact was in (docs/segment-health.md).
      INSERT INTO segment_weeks AS w (segment_key, week, sends)
      SELECT segment_key, date_trunc('week', sent_at AT TIME ZONE 'UTC')::date, count(*)::int
      FROM found WHERE segment_key IS NOT NULL
      GROUP BY 1, 2
      ORDER BY 1, 2
      ON CONFLICT (segment_key, week) DO UPDATE SET sends = w.sends + EXCLUDED.sends
    )
    SELECT * FROM found`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    eventId: String(r.event_id),
    contactId: String(r.contact_id),
    // Written a moment ago by this statement, from the request's validated channels.
    channel: String(r.channel) as Channel,
    sentAt: new Date(r.sent_at as string | Date),
    campaignId: r.campaign_id === null ? null : String(r.campaign_id),
    source: String(r.source),
    customerInitiated: r.customer_initiated === true,
    workflowId: r.workflow_id === null ? null : String(r.workflow_id),
    segmentKey: r.segment_key === null ? null : String(r.segment_key),
    segmentVersion: r.version === null ? null : Number(r.version),
    pause: r.pause === null ? null : normalisePause(r.pause),
  }));
}

export type ViolationIn = {
  eventId: string;
  contactId: string;
  segmentKey: string;
  segmentVersion: number;
  channel: string;
  sentAt: Date;
  source: string;
  campaignId: string | null;
};

export async function insertViolations(db: DbOrTx, rows: ViolationIn[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const result = await db.execute(sql`
    INSERT INTO pause_violations (event_id, contact_id, segment_key, segment_version, channel, sent_at, source, campaign_id)
    SELECT * FROM unnest(
      ${sql.param(rows.map((r) => r.eventId))}::text[],
      ${sql.param(rows.map((r) => r.contactId))}::text[],
      ${sql.param(rows.map((r) => r.segmentKey))}::text[],
      ${sql.param(rows.map((r) => r.segmentVersion))}::int[],
      ${sql.param(rows.map((r) => r.channel))}::text[],
      ${sql.param(rows.map((r) => r.sentAt.toISOString()))}::timestamptz[],
      ${sql.param(rows.map((r) => r.source))}::text[],
      ${sql.param(rows.map((r) => r.campaignId))}::uuid[]
    )
    RETURNING id, event_id`);
  const byEvent = new Map(rowsOf<{ id: string; event_id: string }>(result).map((r) => [r.event_id, String(r.id)]));
  return rows.map((r) => byEvent.get(r.eventId)).filter((id): id is string => id !== undefined);
}
