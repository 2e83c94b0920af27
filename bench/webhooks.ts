// Events through the outbox to a receiver on loopback, on a real embedded PostgreSQL: each event
// written in its own transaction (as a service does, beside its change), the delivery worker in
// the same process as in `npm start`, signed Standard Webhooks requests, the receiver answering 200.
// 1. Throughput: 2,000 events committed by 20 writers at once; events per second from the first
//    commit to the last delivery.
// 2. Latency at 50 events per second for 10 s: commit → arrival at the receiver, p50/p95/p99.
// Target: p95 commit → delivery < 2 s under 50 events/s (docs/webhooks.md).
// Run: npx tsx bench/webhooks.ts   (npm run bench:webhooks)
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '#server/app';
import { dbContext, transaction } from '#server/core/db';
import { emitEvent } from '#server/core/events';
import { openPostgres } from '#server/db/client';
import { startEmbedded } from '#server/db/embedded';
import { startWebhookWorker } from '#server/features/webhooks/worker';
import { systemClock } from '#server/lib/clock';
import { seedDemo } from '#server/seed/demo';
import { DEMO, httpClients } from '#test/server/harness';
import { startReceiver } from '#test/server/webhook-receiver';

const THROUGHPUT_EVENTS = 2_000;
const WRITERS = 20;
const RATE = 50;
const SECONDS = 10;
const TARGET_P95_MS = 2_000;

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'charter-bench-webhooks-'));
  chmodSync(dir, 0o755);
  const server = await startEmbedded(dir, () => undefined);
  const database = await openPostgres(server.url, 'embedded');
  const receiver = await startReceiver();
  const committedAt = new Map<string, number>();
  const worker = startWebhookWorker({
    db: database.db,
    clock: systemClock,
    auditKey: null,
    delivery: { appUrl: 'http://charter.bench', allowPrivate: true, timeoutMs: 10_000, userAgent: 'bench' },
  });
  try {
    await seedDemo(database.db, systemClock);
    const app = createApp({
      db: database.db,
      dbKind: 'embedded',
      sessionSecret: 's'.repeat(32),
      allowPrivateWebhookTargets: true,
    });
    const ops = await httpClients(app).as(DEMO.ops);
    const res = await ops.post('/api/webhooks', { url: receiver.url, events: ['override.refused'] });
    if (res.status !== 201) throw new Error(`endpoint: ${res.status} ${await res.text()}`);
    const db = dbContext(database.db, systemClock);
    const emit = async (id: string) => {
      await transaction(db, (tx) =>
        emitEvent(tx, {
          kind: 'override.refused',
          path: '/firewall',
          data: { attemptId: id, via: 'bench', team: null, segmentKey: null },
        }),
      );
      committedAt.set(id, performance.now());
    };
    const arrivals = (prefix: string) =>
      receiver.received.filter((r) => String(r.json.data.attemptId).startsWith(prefix));

    // 1. Throughput.
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        while (next < THROUGHPUT_EVENTS) await emit(`t-${next++}`);
      }),
    );
    const committed = performance.now();
    while (arrivals('t-').length < THROUGHPUT_EVENTS) await sleep(20);
    const done = performance.now();
    const rate = THROUGHPUT_EVENTS / ((done - started) / 1000);
    console.log(
      `throughput: ${THROUGHPUT_EVENTS} events committed in ${((committed - started) / 1000).toFixed(1)} s, ` +
        `all delivered in ${((done - started) / 1000).toFixed(1)} s: ${rate.toFixed(0)} events/s`,
    );

    // 2. Latency at a steady rate.
    const total = RATE * SECONDS;
    const t0 = performance.now();
    const writes: Promise<void>[] = [];
    for (let i = 0; i < total; i++) {
      const due = t0 + (i * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      writes.push(emit(`l-${i}`));
    }
    await Promise.all(writes);
    while (arrivals('l-').length < total) await sleep(20);
    const latencies = arrivals('l-').map((r) => {
      const id = String(r.json.data.attemptId);
      return r.at - performance.timeOrigin - (committedAt.get(id) ?? 0);
    });
    const p95 = pct(latencies, 95);
    console.log(
      `latency at ${RATE} events/s for ${SECONDS} s (${total} events), commit → delivery: ` +
        `p50 ${pct(latencies, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, p99 ${pct(latencies, 99).toFixed(0)} ms, ` +
        `max ${Math.max(...latencies).toFixed(0)} ms`,
    );
    const dupes = receiver.received.length - new Set(receiver.received.map((r) => r.id)).size;
    console.log(`duplicates: ${dupes}`);
    console.log(
      `p95 commit → delivery      ${p95.toFixed(0)} ms   target < ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? 'met' : 'MISSED'}`,
    );
    console.log(
      `machine: ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    await worker.stop();
    await receiver.close();
    await database.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
