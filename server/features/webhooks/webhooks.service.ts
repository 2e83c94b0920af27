import type {
  CreateWebhookInput,
  DeliveriesQuery,
  UpdateWebhookInput,
  WebhookDelivery,
  WebhookEndpoint,
} from '#domain/schemas/webhooks';
import type { Actor, UserActor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { emitEvent } from '#server/core/events';
import { announce } from '#server/db/notify';
import { ConflictError, invalidField, NotFoundError } from '#server/lib/errors';
import { newSecret } from './signing';
import { urlRefusal } from './target-guard';
import { presentDelivery, presentEndpoint } from './webhooks.present';
import * as repo from './webhooks.repo';

/** How long the secret before a rotation still signs beside the new one. */
export const ROTATION_OVERLAP_MS = 24 * 3_600_000;

/** Whether loopback, private and link-local targets are allowed (WEBHOOKS_ALLOW_PRIVATE_TARGETS). */
type TargetSetting = { allowPrivate: boolean };

function checkUrl(url: string, { allowPrivate }: TargetSetting) {
  const refusal = urlRefusal(new URL(url), allowPrivate);
  if (refusal) throw invalidField('url', `Refused: ${refusal}. Events go only to public addresses.`);
}

const summary = (e: repo.EndpointRow) => ({
  kind: e.kind,
  url: e.url,
  description: e.description,
  events: e.events,
  enabled: e.enabled,
});

async function view(db: DbContext, id: string): Promise<WebhookEndpoint> {
  const row = await repo.endpointView(db.conn, id);
  if (!row) throw new NotFoundError('Webhook endpoint');
  return presentEndpoint(row);
}

export async function listWebhooks(db: DbContext, _actor: Actor): Promise<WebhookEndpoint[]> {
  return (await repo.listEndpoints(db.conn)).map(presentEndpoint);
}

export const getWebhook = (db: DbContext, _actor: Actor, { id }: { id: string }) => view(db, id);

/** A new endpoint; its secret is returned this once (docs/webhooks.md, "Endpoints"). */
export async function createWebhook(
  db: DbContext,
  actor: UserActor,
  input: CreateWebhookInput & TargetSetting,
): Promise<{ id: string; secret: string }> {
  checkUrl(input.url, input);
  const secret = newSecret();
  const row = await transaction(db, async (tx) => {
    const now = tx.clock.now();
    const e = await repo.insertEndpoint(tx.conn, {
      kind: input.kind,
      url: input.url,
      description: input.description,
      events: input.events,
      secret,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'webhooks.created',
      target: { type: 'webhook_endpoint', id: e.id },
      after: summary(e),
    });
    return e;
  });
  return { id: row.id, secret };
}

export async function updateWebhook(
  db: DbContext,
  actor: UserActor,
  { id, allowPrivate, ...patch }: UpdateWebhookInput & TargetSetting & { id: string },
): Promise<WebhookEndpoint> {
  if (patch.url !== undefined) checkUrl(patch.url, { allowPrivate });
  await transaction(db, async (tx) => {
    const before = await repo.lockEndpoint(tx.conn, id);
    if (!before) throw new NotFoundError('Webhook endpoint');
    const now = tx.clock.now();
    const enabling = patch.enabled === true && !before.enabled;
    const disabling = patch.enabled === false && before.enabled;
    const after = await repo.updateEndpoint(tx.conn, id, {
      ...(patch.url !== undefined ? { url: patch.url } : {}),
      ...(patch.events !== undefined ? { events: patch.events } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(enabling ? { enabled: true, disabledAt: null, disabledReason: null, failingSince: null } : {}),
      ...(disabling ? { enabled: false, disabledAt: now, disabledReason: `Turned off by ${actor.email}` } : {}),
      updatedAt: now,
    });
    await recordAudit(tx, actor, {
      action: enabling ? 'webhooks.enabled' : disabling ? 'webhooks.disabled' : 'webhooks.updated',
      target: { type: 'webhook_endpoint', id },
      before: summary(before),
      after: summary(after),
    });
  });
  return view(db, id);
}

export async function deleteWebhook(db: DbContext, actor: UserActor, { id }: { id: string }): Promise<void> {
  await transaction(db, async (tx) => {
    const before = await repo.lockEndpoint(tx.conn, id);
    if (!before) throw new NotFoundError('Webhook endpoint');
    await repo.deleteEndpoint(tx.conn, id);
    await recordAudit(tx, actor, {
      action: 'webhooks.deleted',
      target: { type: 'webhook_endpoint', id },
      before: summary(before),
    });
  });
}

/**
 * A new secret, returned this once. The one it replaces still signs beside it for a day, so
 * receivers can switch without losing an event (docs/webhooks.md, "Rotating the secret").
 */
export async function rotateWebhookSecret(db: DbContext, actor: UserActor, { id }: { id: string }) {
  const secret = newSecret();
  await transaction(db, async (tx) => {
    const before = await repo.lockEndpoint(tx.conn, id);
    if (!before) throw new NotFoundError('Webhook endpoint');
    const now = tx.clock.now();
    const until = new Date(now.getTime() + ROTATION_OVERLAP_MS);
    await repo.updateEndpoint(tx.conn, id, {
      secret,
      previousSecret: before.secret,
      previousSecretUntil: until,
      updatedAt: now,
    });
    await recordAudit(tx, actor, {
      action: 'webhooks.secret_rotated',
      target: { type: 'webhook_endpoint', id },
      after: { previousSecretUntil: until.toISOString() },
    });
  });
  return { id, secret };
}

/** Queues a `webhook.test` event for this endpoint alone; the delivery shows how it went. */
export async function sendTestEvent(db: DbContext, actor: UserActor, { id }: { id: string }) {
  return transaction(db, async (tx) => {
    const endpoint = await repo.lockEndpoint(tx.conn, id);
    if (!endpoint) throw new NotFoundError('Webhook endpoint');
    if (!endpoint.enabled)
      throw new ConflictError('endpoint_disabled', 'This endpoint is turned off: turn it on first.');
    await emitEvent(tx, {
      kind: 'webhook.test',
      data: { endpointId: id, message: `A test event sent by ${actor.email}.` },
      path: '/webhooks',
      endpointId: id,
    });
    await recordAudit(tx, actor, { action: 'webhooks.test_sent', target: { type: 'webhook_endpoint', id } });
    return { queued: true as const };
  });
}

export async function listWebhookDeliveries(
  db: DbContext,
  _actor: Actor,
  { id, status, limit, cursor }: DeliveriesQuery & { id: string },
): Promise<{ items: WebhookDelivery[]; nextCursor?: string }> {
  if (!(await repo.endpointView(db.conn, id))) throw new NotFoundError('Webhook endpoint');
  const offset = cursor ? Number(cursor) : 0;
  const { rows, attempts } = await repo.listDeliveries(db.conn, id, { status, limit, offset });
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) =>
      presentDelivery(
        r.delivery,
        r.kind,
        attempts.filter((a) => a.deliveryId === r.delivery.id),
      ),
    ),
    nextCursor: rows.length > limit ? String(offset + limit) : undefined,
  };
}

/**
 * Sends a delivery again with the same webhook-id, so a receiver that already has it can tell.
 * A delivery still waiting for its next try is refused: it will be sent anyway.
 */
export async function redeliver(db: DbContext, actor: UserActor, { id }: { id: string }) {
  await transaction(db, async (tx) => {
    const row = await repo.lockDelivery(tx.conn, id);
    if (!row) throw new NotFoundError('Delivery');
    if (row.delivery.status === 'pending') {
      throw new ConflictError('delivery_pending', 'This delivery is still being tried; it needs no redelivery.');
    }
    if (!row.enabled) throw new ConflictError('endpoint_disabled', 'The endpoint is turned off: turn it on first.');
    await repo.requeueDelivery(tx.conn, id, tx.clock.now());
    await announce(tx.conn, 'webhooks'); // a worker picks it up at the commit
    await recordAudit(tx, actor, {
      action: 'webhooks.redelivered',
      target: { type: 'webhook_delivery', id },
      before: { status: row.delivery.status, attempts: row.delivery.attempts },
      after: { status: 'pending', eventId: row.delivery.eventId, endpointId: row.delivery.endpointId },
    });
  });
  return { queued: true as const };
}
