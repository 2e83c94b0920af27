import { createApp } from '#server/app';
import { type Database, openPostgres } from '#server/db/client';
import { startWebhookWorker, type WebhookWorker } from '#server/features/webhooks/worker';
import { systemClock } from '#server/lib/clock';
import { until } from './app-process';
import { DEMO, httpClients, NODE_EDGE } from './harness';
import { sharedServerDatabase } from './postgres-app';
import { type Receiver, startReceiver } from './webhook-receiver';

/**
 * Two instances over one real PostgreSQL, each with its delivery worker, as behind a load
 * balancer: every event reaches the receiver once, never twice at the same time
 * (docs/webhooks.md, "Delivery"). The database is the file's own copy of the demo in the run's
 * shared PostgreSQL.
 */
let demo: Awaited<ReturnType<typeof sharedServerDatabase>> | undefined;
const databases: Database[] = [];
const workers: WebhookWorker[] = [];
let receiver: Receiver;

beforeAll(async () => {
  demo = await sharedServerDatabase();
  for (let i = 0; i < 2; i++) databases.push(await openPostgres(demo.url, 'embedded'));
  receiver = await startReceiver();
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await receiver?.close();
  for (const d of databases) await d.close().catch(() => undefined);
  await demo?.drop();
});

describe('two delivery workers on one database', () => {
  it('deliver each of 40 events exactly once between them', async () => {
    const [a] = databases as [Database, Database];
    const app = createApp({
      db: a.db,
      dbKind: 'embedded',
      sessionSecret: 's'.repeat(32),
      scrypt: NODE_EDGE.scrypt,
      allowPrivateWebhookTargets: true,
    });
    const http = httpClients(app);
    const ops = await http.as(DEMO.ops);
    expect((await ops.post('/api/webhooks', { url: receiver.url, events: ['override.refused'] })).status).toBe(201);
    for (const db of databases) {
      workers.push(
        startWebhookWorker({
          db: db.db,
          clock: systemClock,
          auditKey: null,
          delivery: { appUrl: 'http://charter.test', allowPrivate: true, timeoutMs: 10_000, userAgent: 'test' },
          pollMs: 50,
        }),
      );
    }
    const marketer = await http.as(DEMO.marketer);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => marketer.post('/api/firewall/override', { reason: `attempt ${i}` })),
    );
    expect(await until(() => receiver.received.length >= 40, 30_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 500)); // a second copy would arrive now
    const ids = receiver.received.map((r) => r.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
  }, 120_000);
});
