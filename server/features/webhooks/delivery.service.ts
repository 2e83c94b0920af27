import { instantInWords } from '#domain/time-words';
import type { ActorRef } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import * as repo from './delivery.repo';
import { slackBody, standardBody } from './message';
import { DISABLE_AFTER_MS, nextStep } from './retry-policy';
import { postJson } from './send';
import { signedHeaders } from './signing';

export type DeliveryOptions = {
  /** Where Charter is reached, for the links back to it. */
  appUrl: string;
  allowPrivate: boolean;
  timeoutMs: number;
  userAgent: string;
};

/** A lease outlives the attempt it covers by this much, so only a worker that died loses one. */
const LEASE_MARGIN_MS = 5_000;

/**
 * Takes up to `limit` deliveries that are due, for this worker alone (delivery.repo.ts, claimDue).
 */
export async function takeDueDeliveries(
  db: DbContext,
  _actor: ActorRef,
  { limit, timeoutMs }: { limit: number; timeoutMs: number },
) {
  return repo.claimDue(db.conn, db.clock.now(), timeoutMs + LEASE_MARGIN_MS, limit);
}

/**
 * Sends one delivery this worker holds, with its signatures, and records the attempt, the
 * delivery's next step and the endpoint's health in one transaction (docs/webhooks.md, "Delivery").
 */
export async function attemptDelivery(
  db: DbContext,
  actor: ActorRef,
  { claimed, options }: { claimed: repo.Claimed; options: DeliveryOptions },
) {
  await attempt(db, actor, claimed, options);
}

/** One pass: every delivery that is due (up to `limit`), sent at the same time. Returns how many. */
export async function deliverDue(
  db: DbContext,
  actor: ActorRef,
  { limit, ...options }: DeliveryOptions & { limit: number },
): Promise<number> {
  const claimed = await takeDueDeliveries(db, actor, { limit, timeoutMs: options.timeoutMs });
  await Promise.all(claimed.map((c) => attempt(db, actor, c, options)));
  return claimed.length;
}

async function attempt(db: DbContext, actor: ActorRef, c: repo.Claimed, options: DeliveryOptions) {
  const at = db.clock.now();
  const result =
    c.kind === 'slack'
      ? await postJson(c.url, slackBody(c.payload, options.appUrl), {}, options)
      : await send(c, at, options);
  const step = nextStep(c.attempts, result.statusCode, result.refused);
  const done = db.clock.now();
  await transaction(db, async (tx) => {
    const held = await repo.recordAttempt(tx.conn, c, {
      at,
      durationMs: result.durationMs,
      statusCode: result.statusCode,
      error: result.error,
      status: step.status,
      nextAttemptAt: step.status === 'pending' ? new Date(done.getTime() + step.retryInMs) : null,
    });
    if (!held) return;
    await repo.noteEndpointResult(tx.conn, c.endpointId, step.status === 'delivered', at);
    if (step.status === 'delivered') return;
    const since = await repo.failingSince(tx.conn, c.endpointId);
    if (!since || done.getTime() - since.getTime() < DISABLE_AFTER_MS) return;
    const reason = `Every attempt failed for a day (since ${instantInWords(since)}); last: ${result.error ?? `HTTP ${result.statusCode}`}`;
    if (await repo.disableEndpoint(tx.conn, c.endpointId, done, reason)) {
      await recordAudit(tx, actor, {
        action: 'webhooks.disabled',
        target: { type: 'webhook_endpoint', id: c.endpointId },
        before: { enabled: true, failingSince: since.toISOString() },
        after: { enabled: false, reason },
      });
    }
  });
}

function send(c: repo.Claimed, at: Date, options: DeliveryOptions) {
  const body = standardBody(c.payload, options.appUrl);
  const rotating = c.previousSecret && c.previousSecretUntil && c.previousSecretUntil > at;
  const secrets = rotating ? [c.secret, c.previousSecret as string] : [c.secret];
  return postJson(c.url, body, signedHeaders(secrets, c.eventId, at, body), options);
}
