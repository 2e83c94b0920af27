import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from '#server/db/schema/webhooks';
import type { StoredPayload } from './message';

/** A delivery a worker holds: what to send, where, and with which secrets. */
export type Claimed = {
  id: string;
  leaseId: string;
  attempts: number;
  eventId: string;
  payload: StoredPayload;
  endpointId: string;
  kind: 'standard' | 'slack';
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: Date | null;
  failingSince: Date | null;
};

/**
 * Takes up to `limit` deliveries that are due, for this worker alone: the rows are locked with
 * SKIP LOCKED while the lease is written, so instances sharing the database never take the same
 * one, and the lease keeps it theirs while they send (outside any transaction). A worker that dies
 * mid-send leaves a lease that runs out, and the delivery is sent again (at least once).
 */
export async function claimDue(db: DbOrTx, now: Date, leaseMs: number, limit: number): Promise<Claimed[]> {
  const leaseId = crypto.randomUUID();
  const at = now.toISOString();
  const until = new Date(now.getTime() + leaseMs).toISOString();
  const result = await db.execute(sql`
    WITH due AS (
      SELECT d.id FROM webhook_deliveries d
      JOIN webhook_endpoints ep ON ep.id = d.endpoint_id AND ep.enabled
      WHERE d.status = 'pending' AND d.next_attempt_at <= ${at}::timestamptz
        AND (d.lease_until IS NULL OR d.lease_until <= ${at}::timestamptz)
      ORDER BY d.next_attempt_at
      LIMIT ${limit}
      FOR UPDATE OF d SKIP LOCKED
    ), claimed AS (
      UPDATE webhook_deliveries d SET lease_id = ${leaseId}, lease_until = ${until}::timestamptz
      FROM due WHERE d.id = due.id
      RETURNING d.id, d.attempts, d.event_id, d.endpoint_id
    )
    SELECT c.id, c.attempts, c.event_id, c.endpoint_id, e.payload, ep.kind, ep.url, ep.secret,
      ep.previous_secret, ep.previous_secret_until, ep.failing_since
    FROM claimed c
    JOIN webhook_events e ON e.id = c.event_id
    JOIN webhook_endpoints ep ON ep.id = c.endpoint_id`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    id: r.id as string,
    leaseId,
    attempts: Number(r.attempts),
    eventId: r.event_id as string,
    payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as StoredPayload,
    endpointId: r.endpoint_id as string,
    kind: r.kind as Claimed['kind'],
    url: r.url as string,
    secret: r.secret as string,
    previousSecret: (r.previous_secret as string | null) ?? null,
    previousSecretUntil: toDate(r.previous_secret_until),
    failingSince: toDate(r.failing_since),
  }));
}

const toDate = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));

export type Outcome = {
  at: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  /** delivered; pending again at `nextAttemptAt`; or failed for good. */
  status: 'delivered' | 'pending' | 'failed';
  nextAttemptAt: Date | null;
};

/**
 * Records one attempt and where the delivery stands, if this worker still holds it. False when
 * the lease was lost (it ran out and another worker took the delivery): that one records instead.
 */
export async function recordAttempt(db: DbOrTx, c: Claimed, o: Outcome): Promise<boolean> {
  const updated = await db
    .update(webhookDeliveries)
    .set({
      status: o.status,
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      nextAttemptAt: o.nextAttemptAt,
      leaseId: null,
      leaseUntil: null,
      lastStatusCode: o.statusCode,
      lastError: o.error,
      lastDurationMs: o.durationMs,
      finishedAt: o.status === 'pending' ? null : o.at,
    })
    .where(and(eq(webhookDeliveries.id, c.id), eq(webhookDeliveries.leaseId, c.leaseId)))
    .returning({ id: webhookDeliveries.id });
  if (updated.length === 0) return false;
  await db.insert(webhookAttempts).values({
    deliveryId: c.id,
    at: o.at,
    durationMs: o.durationMs,
    statusCode: o.statusCode,
    error: o.error,
  });
  return true;
}

/** A success clears the endpoint's failing streak; a failure starts one if none is running. */
export async function noteEndpointResult(db: DbOrTx, endpointId: string, ok: boolean, at: Date) {
  await db
    .update(webhookEndpoints)
    .set({
      failingSince: ok ? null : sql`coalesce(${webhookEndpoints.failingSince}, ${at.toISOString()}::timestamptz)`,
    })
    .where(eq(webhookEndpoints.id, endpointId));
}

/** Turns an endpoint off after a day of failures; false when it already was. */
export async function disableEndpoint(db: DbOrTx, endpointId: string, at: Date, reason: string): Promise<boolean> {
  const rows = await db
    .update(webhookEndpoints)
    .set({ enabled: false, disabledAt: at, disabledReason: reason, updatedAt: at })
    .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.enabled, true)))
    .returning({ id: webhookEndpoints.id, failingSince: webhookEndpoints.failingSince });
  return rows.length > 0;
}

/** The endpoint's failing streak as it stands now. */
export async function failingSince(db: DbOrTx, endpointId: string): Promise<Date | null> {
  const [row] = await db
    .select({ failingSince: webhookEndpoints.failingSince })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.id, endpointId));
  return row?.failingSince ?? null;
}
