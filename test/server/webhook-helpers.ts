import { createHmac } from 'node:crypto';
import { EVENT_KINDS } from '#domain/schemas/webhooks';
import { createApp } from '#server/app';
import { dbContext } from '#server/core/db';
import { deliverDue } from '#server/features/webhooks/delivery.service';
import { WEBHOOK_WORKER } from '#server/features/webhooks/worker';
import { DEMO, httpClients, NODE_EDGE, type TestApp } from './harness';

/** The app over the test's database with loopback targets allowed, as the tests' setting. */
export function withPrivateTargets(t: TestApp) {
  const app = createApp({
    db: t.db,
    dbKind: 'memory',
    clock: t.clock,
    sessionSecret: 's'.repeat(32),
    scrypt: NODE_EDGE.scrypt,
    allowPrivateWebhookTargets: true,
  });
  return httpClients(app);
}

export const APP_URL = 'https://charter.example.com';

/** One pass of the delivery worker, as the server's worker runs it. */
export function deliver(t: TestApp, options: { allowPrivate?: boolean; timeoutMs?: number } = {}) {
  return deliverDue(dbContext(t.db, t.clock), WEBHOOK_WORKER, {
    appUrl: APP_URL,
    allowPrivate: options.allowPrivate ?? true,
    timeoutMs: options.timeoutMs ?? 2_000,
    userAgent: 'Charter-Webhooks/test',
    limit: 100,
  });
}

/** An endpoint on `url` subscribed to `events` (every kind by default); returns its id and secret. */
export async function addEndpoint(
  t: TestApp,
  url: string,
  events: readonly string[] = EVENT_KINDS,
  kind: 'standard' | 'slack' = 'standard',
) {
  const ops = await withPrivateTargets(t).as(DEMO.ops);
  const res = await ops.post('/api/webhooks', { url, events, kind });
  if (res.status !== 201) throw new Error(`adding an endpoint: ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string; secret: string };
}

/** Removes every endpoint, so that one test's events do not reach another's receiver. */
export async function removeEndpoints(t: TestApp) {
  const ops = await t.as(DEMO.ops);
  const { items } = (await (await ops.get('/api/webhooks')).json()) as { items: { id: string }[] };
  for (const e of items) await ops.delete(`/api/webhooks/${e.id}`);
}

/** The specification's signature, computed without the library: HMAC-SHA256 of id.timestamp.body. */
export function referenceSignature(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}
