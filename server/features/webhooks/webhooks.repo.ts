import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { users } from '#server/db/schema/foundation';
import { webhookAttempts, webhookDeliveries, webhookEndpoints, webhookEvents } from '#server/db/schema/webhooks';

export type EndpointRow = typeof webhookEndpoints.$inferSelect;

const counts = sql<{ pending: number; delivered: number; failed: number }>`(
  SELECT json_build_object(
    'pending', count(*) FILTER (WHERE d.status = 'pending'),
    'delivered', count(*) FILTER (WHERE d.status = 'delivered'),
    'failed', count(*) FILTER (WHERE d.status = 'failed'))
  FROM webhook_deliveries d WHERE d.endpoint_id = ${webhookEndpoints.id})`;

export function listEndpoints(db: DbOrTx) {
  return db
    .select({ endpoint: webhookEndpoints, createdBy: users.email, counts })
    .from(webhookEndpoints)
    .innerJoin(users, eq(users.id, webhookEndpoints.createdBy))
    .orderBy(desc(webhookEndpoints.createdAt), webhookEndpoints.id);
}

export async function endpointView(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ endpoint: webhookEndpoints, createdBy: users.email, counts })
    .from(webhookEndpoints)
    .innerJoin(users, eq(users.id, webhookEndpoints.createdBy))
    .where(eq(webhookEndpoints.id, id));
  return row;
}

export async function insertEndpoint(db: DbOrTx, row: typeof webhookEndpoints.$inferInsert) {
  const [e] = await db.insert(webhookEndpoints).values(row).returning();
  if (!e) throw new Error('endpoint insert returned nothing');
  return e;
}

/** The endpoint, locked for a change. */
export async function lockEndpoint(db: DbOrTx, id: string) {
  const [e] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).for('update');
  return e;
}

export async function updateEndpoint(db: DbOrTx, id: string, set: Partial<typeof webhookEndpoints.$inferInsert>) {
  const [e] = await db.update(webhookEndpoints).set(set).where(eq(webhookEndpoints.id, id)).returning();
  if (!e) throw new Error('endpoint update returned nothing');
  return e;
}

export async function deleteEndpoint(db: DbOrTx, id: string) {
  await db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id));
}

/** An endpoint's deliveries, newest first, with their attempts; the cursor is a row number. */
export async function listDeliveries(
  db: DbOrTx,
  endpointId: string,
  q: { status?: 'pending' | 'delivered' | 'failed'; limit: number; offset: number },
) {
  const rows = await db
    .select({ delivery: webhookDeliveries, kind: webhookEvents.kind })
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(
      and(eq(webhookDeliveries.endpointId, endpointId), q.status ? eq(webhookDeliveries.status, q.status) : undefined),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(q.limit + 1)
    .offset(q.offset);
  const ids = rows.map((r) => r.delivery.id);
  const attempts =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(webhookAttempts)
          .where(inArray(webhookAttempts.deliveryId, ids))
          .orderBy(webhookAttempts.id);
  return { rows, attempts };
}

/** A delivery, locked, with its endpoint's state. */
export async function lockDelivery(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ delivery: webhookDeliveries, enabled: webhookEndpoints.enabled, kind: webhookEvents.kind })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .where(eq(webhookDeliveries.id, id))
    .for('update', { of: webhookDeliveries });
  return row;
}

/** Sends a finished delivery again, as soon as a worker is free; its attempt log continues. */
export async function requeueDelivery(db: DbOrTx, id: string, at: Date) {
  await db
    .update(webhookDeliveries)
    .set({ status: 'pending', nextAttemptAt: at, finishedAt: null, leaseId: null, leaseUntil: null })
    .where(eq(webhookDeliveries.id, id));
}
