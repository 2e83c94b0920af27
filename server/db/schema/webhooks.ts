import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { EndpointKind, EventKind } from '#domain/schemas/webhooks';
import { ts } from './columns';
import { users } from './foundation';

/** Where events go (docs/webhooks.md). The secrets sign what is sent, so they are kept as they are. */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<EndpointKind>().notNull(),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    events: text('events').array().$type<EventKind[]>().notNull(),
    secret: text('secret').notNull(),
    /** The secret before the last rotation, which still signs beside the new one until `previousSecretUntil`. */
    previousSecret: text('previous_secret'),
    previousSecretUntil: ts('previous_secret_until'),
    enabled: boolean('enabled').notNull().default(true),
    disabledAt: ts('disabled_at'),
    disabledReason: text('disabled_reason'),
    /** The first failed attempt since the last success; a day of failures disables the endpoint. */
    failingSince: ts('failing_since'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [check('webhook_endpoints_kind', sql`${t.kind} IN ('standard', 'slack')`)],
);

/**
 * The outbox: each event written in the transaction of the change it reports. `id` is the
 * webhook-id every attempt carries; `dedupeKey` makes an event that must happen once (a follow-up
 * coming due) happen once, whichever instance notices it.
 */
export const webhookEvents = pgTable(
  'webhook_events',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    occurredAt: ts('occurred_at').notNull(),
    /** `{type, timestamp, data}`; the link back to Charter is added when sent. */
    payload: jsonb('payload').notNull(),
    dedupeKey: text('dedupe_key'),
  },
  (t) => [uniqueIndex('webhook_events_dedupe_key').on(t.dedupeKey), index('webhook_events_at_idx').on(t.occurredAt)],
);

/** One event to one endpoint, until delivered or given up; a worker holds it by a lease while sending. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: text('event_id')
      .notNull()
      .references(() => webhookEvents.id, { onDelete: 'cascade' }),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at'),
    /** Set by the worker that claimed it; another may claim it only once the lease has run out. */
    leaseId: uuid('lease_id'),
    leaseUntil: ts('lease_until'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    lastDurationMs: integer('last_duration_ms'),
    createdAt: ts('created_at').notNull(),
    finishedAt: ts('finished_at'),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_endpoint').on(t.eventId, t.endpointId),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt),
  ],
);

/** Every attempt: when, how long, what came back. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    at: ts('at').notNull(),
    durationMs: integer('duration_ms').notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId, t.id)],
);
