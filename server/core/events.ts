import { sql } from 'drizzle-orm';
import type { AnyEventKind } from '#domain/schemas/webhooks';
import { CHANNELS } from '#server/db/notify';
import { rowsOf } from '#server/db/rows';
import { randomToken } from '#server/lib/crypto';
import { assertInTransaction, type DbContext } from './db';

/**
 * What each event says (docs/webhooks.md, "Events"). `path` is the page in Charter the event is
 * about; the link is made absolute when the event is sent. Nobody who tried an override is named
 * (docs/rules.md, "Patterns, not people").
 */
export type EventData = {
  'proposal.opened': {
    proposalId: string;
    target: 'segment' | 'setting';
    change: string;
    segmentKey: string | null;
    settingKey: string | null;
    proposedBy: string;
    exceptionId: string | null;
  };
  'proposal.decided': {
    proposalId: string;
    target: 'segment' | 'setting';
    decision: 'approved' | 'rejected';
    segmentKey: string | null;
    settingKey: string | null;
    version: number | null;
    decidedBy: string;
  };
  'violation.detected': {
    count: number;
    violations: {
      id: string;
      contactId: string;
      segmentKey: string;
      channel: string;
      sentAt: string;
      source: string;
      campaignId: string | null;
    }[];
    /** At most 100 are listed; `count` is all of them. */
    truncated: boolean;
  };
  'override.refused': {
    attemptId: string;
    via: string;
    team: string | null;
    segmentKey: string | null;
  };
  'exception.filed': {
    exceptionId: string;
    outcome: 'withdrawn' | 'logic_review';
    segmentKey: string;
    proposalId: string | null;
  };
  'review.completed': { month: string; completedBy: string; pauseViolations: number };
  'follow_up.due': { proposalId: string; segmentKey: string | null; followUpDue: string };
  'workflow.ungated': {
    workflowId: string;
    platform: string;
    externalId: string;
    name: string;
    /** Sends reported for the workflow that no check preceded. */
    ungatedSends: number;
  };
  'segment.drift': {
    segmentKey: string;
    /** The rates above their usual band: 'unsubscribe', 'complaint'. */
    metrics: string[];
    /** The finding in words, with the week, the rate and the band. */
    summary: string;
  };
  'webhook.test': { endpointId: string; message: string };
};

export type OutboxEvent<K extends AnyEventKind = AnyEventKind> = {
  kind: K;
  data: EventData[K];
  /** The page in Charter the event is about, e.g. `/proposals/<id>`. */
  path: string;
  /** An event that must happen once whoever notices it (a follow-up coming due). */
  dedupeKey?: string;
  /** Only this endpoint (a test event); otherwise every enabled endpoint subscribed to the kind. */
  endpointId?: string;
};

export const newEventId = () => `msg_${randomToken(18)}`;

/**
 * Writes an event to the outbox inside the transaction of the change it reports, so the event
 * exists exactly when the change does: a process that dies after the commit delivers it when it
 * comes back (docs/webhooks.md, "Delivery"). One statement: the event, a delivery per subscribed
 * endpoint, and a notification that wakes the delivery workers at the commit. Returns how many
 * deliveries were queued.
 */
export async function emitEvent<K extends AnyEventKind>(tx: DbContext, event: OutboxEvent<K>): Promise<number> {
  assertInTransaction(tx, 'An outbox event');
  const now = tx.clock.now();
  const at = now.toISOString();
  const payload = { type: event.kind, timestamp: at, data: event.data, path: event.path };
  const forEndpoint = event.endpointId
    ? sql`ep.id = ${event.endpointId}`
    : sql`ep.enabled AND ${event.kind} = ANY(ep.events)`;
  const result = await tx.conn.execute(sql`
    WITH e AS (
      INSERT INTO webhook_events (id, kind, occurred_at, payload, dedupe_key)
      VALUES (${newEventId()}, ${event.kind}, ${at}::timestamptz, ${JSON.stringify(payload)}::jsonb, ${event.dedupeKey ?? null})
      ON CONFLICT (dedupe_key) DO NOTHING
      RETURNING id
    ), d AS (
      INSERT INTO webhook_deliveries (event_id, endpoint_id, status, next_attempt_at, created_at)
      SELECT e.id, ep.id, 'pending', ${at}::timestamptz, ${at}::timestamptz FROM e, webhook_endpoints ep WHERE ${forEndpoint}
      RETURNING id
    )
    SELECT (SELECT count(*) FROM d)::int AS queued,
      (SELECT pg_notify(${CHANNELS.webhooks}, '') FROM d LIMIT 1) IS NULL AS quiet`);
  return rowsOf<{ queued: number }>(result)[0]?.queued ?? 0;
}

/**
 * For the workflows gate (docs/webhooks.md, "workflow.ungated"): call inside the transaction that
 * records a workflow turning ungated, once per turn.
 */
export function workflowUngated(tx: DbContext, workflow: EventData['workflow.ungated']): Promise<number> {
  return emitEvent(tx, {
    kind: 'workflow.ungated',
    data: workflow,
    path: `/workflows/${encodeURIComponent(workflow.workflowId)}`,
  });
}

/** Which of these once-only events were written already (by this instance or another). */
export async function alreadyEmitted(db: DbContext, dedupeKeys: string[]): Promise<Set<string>> {
  if (dedupeKeys.length === 0) return new Set();
  const result = await db.conn.execute(
    sql`SELECT dedupe_key FROM webhook_events WHERE dedupe_key = ANY(${sql.param(dedupeKeys)}::text[])`,
  );
  return new Set(rowsOf<{ dedupe_key: string }>(result).map((r) => r.dedupe_key));
}

const LISTED_VIOLATIONS = 100;

/** A `violation.detected` event for the violations one report of sends produced. */
export function violationDetected(
  ids: string[],
  leaks: {
    eventId: string;
    contactId: string;
    segmentKey: string | null;
    channel: string;
    sentAt: Date;
    source: string;
    campaignId: string | null;
  }[],
): OutboxEvent<'violation.detected'> {
  return {
    kind: 'violation.detected',
    path: '/firewall',
    data: {
      count: ids.length,
      violations: ids.slice(0, LISTED_VIOLATIONS).map((id, i) => {
        const l = leaks[i];
        return {
          id,
          contactId: l?.contactId ?? '',
          segmentKey: l?.segmentKey ?? '',
          channel: l?.channel ?? '',
          sentAt: l?.sentAt.toISOString() ?? '',
          source: l?.source ?? '',
          campaignId: l?.campaignId ?? null,
        };
      }),
      truncated: ids.length > LISTED_VIOLATIONS,
    },
  };
}
