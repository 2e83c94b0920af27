// Pilot readouts and outcome ingestion at scale (docs/pilots.md, "Storage"), on a real embedded
// PostgreSQL with the demo workspace: a pilot with two cohorts of 50,000 contacts each, then
// 1,000,000 outcome events over 200,000 contacts (half of them cohort members) reported through
// the service in batches of 10,000, the most one request carries. Timed: each batch (events per
// second), then the readout, median of 5. The contacts are at-risk members (with 400,000 sends
// over twelve weeks), so the same events feed segment health's weekly rollup; its read is timed
// too, median of 5 (docs/segment-health.md, "Storage").
// Target: the readout over 1,000,000 events under 200 ms.
// Run: npx tsx bench/pilots.ts [events]   (npm run bench:pilots)
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { OUTCOME_TYPES } from '#domain/schemas/pilots';
import { tokenActor } from '#server/core/actor';
import { dbContext } from '#server/core/db';
import { type Database, openPostgres } from '#server/db/client';
import { type EmbeddedServer, startEmbedded } from '#server/db/embedded';
import { rowsOf } from '#server/db/rows';
import { reportOutcomes } from '#server/features/outcomes/outcomes.service';
import { pilotReadout } from '#server/features/proposals/pilot-readout.service';
import { rebuildSegmentWeeks } from '#server/features/segment-health/segment-health.repo';
import { segmentHealth } from '#server/features/segment-health/segment-health.service';
import { fixedClock } from '#server/lib/clock';
import { seedDemo } from '#server/seed/demo';

const EVENTS = Number(process.argv[2] ?? 1_000_000);
const BATCH = 10_000;
const COHORT = 50_000;
const CONTACTS = 200_000;
const TARGET_MS = 200;
const NOW = '2026-11-15T12:00:00Z';
// Outcomes never look at who made the token; the bench has no such person.
const PLATFORM = tokenActor({ id: randomUUID(), name: 'bench', scopes: ['outcomes:write'], createdBy: randomUUID() });

const ms = (x: number) => `${x.toFixed(1)} ms`;

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'charter-bench-pilots-'));
  chmodSync(tmp, 0o755);
  let server: EmbeddedServer | undefined;
  let database: Database | undefined;
  try {
    server = await startEmbedded(tmp, () => undefined);
    database = await openPostgres(server.url, 'embedded');
    const db = database.db;
    const clock = fixedClock(NOW);
    await seedDemo(db, clock);
    const ctx = dbContext(db, clock);
    const [base] = rowsOf<{ proposal: string; owner: string }>(
      await db.execute(sql`SELECT p.id AS proposal, p.proposer_id AS owner FROM change_proposals p
        WHERE p.segment_key IS NOT NULL ORDER BY p.created_at LIMIT 1`),
    );
    if (!base) throw new Error('the demo workspace has no segment proposal');
    const pilotId = randomUUID();
    const startsAt = new Date(Date.parse(NOW) - 7 * 86_400_000);
    await db.execute(sql`INSERT INTO pilots (id, proposal_id, segment_key, proposal_revision, share_percent,
        started_by, starts_at, ends_at, eligible, pilot_size, control_size)
      VALUES (${pilotId}, ${base.proposal}, 'bench-segment', 1, 20, ${base.owner}, ${startsAt.toISOString()},
        ${new Date(Date.parse(NOW) + 7 * 86_400_000).toISOString()}, ${COHORT * 5}, ${COHORT}, ${COHORT})`);
    await db.execute(sql`INSERT INTO pilot_members (pilot_id, contact_id, cohort, segment_before, segment_pilot)
      SELECT ${pilotId}::uuid, 'B-' || i, CASE WHEN i % 2 = 0 THEN 'pilot' ELSE 'control' END, 'at-risk', 'bench-segment'
      FROM generate_series(1, ${2 * COHORT}) AS i`);
    await db.execute(sql`VACUUM ANALYZE pilot_members`);
    // The event contacts are at-risk members since a month ago, with sends spread over twelve weeks.
    const entered = new Date(Date.parse(NOW) - 30 * 86_400_000).toISOString();
    await db.execute(sql`INSERT INTO contacts (id, attributes, segment_key, entered_at, updated_at)
      SELECT 'B-' || i, '{}'::jsonb, 'at-risk', ${entered}::timestamptz, ${entered}::timestamptz
      FROM generate_series(1, ${CONTACTS}) AS i`);
    await db.execute(sql`INSERT INTO contact_stays (contact_id, segment_key, entered_at)
      SELECT 'B-' || i, 'at-risk', ${entered}::timestamptz FROM generate_series(1, ${CONTACTS}) AS i`);
    await db.execute(sql`INSERT INTO send_events (event_id, contact_id, channel, sent_at, source, received_at)
      SELECT 'bench-send-' || i, 'B-' || (i % ${CONTACTS} + 1), 'email',
        ${NOW}::timestamptz - (i % 2016) * interval '1 hour', 'bench', ${NOW}::timestamptz
      FROM generate_series(1, ${2 * CONTACTS}) AS i`);
    // Written past the ingestion statement, so counted into segment health's rollup here.
    await rebuildSegmentWeeks(db);
    await db.execute(sql`VACUUM ANALYZE contacts, contact_stays, send_events`);
    console.log(
      `Pilot readout over ${EVENTS.toLocaleString('en-US')} outcome events; cohorts of ${COHORT.toLocaleString('en-US')} (embedded PostgreSQL)\n`,
    );

    // Deterministic events: mostly deliveries, some opens and clicks, a few conversions and harms.
    const typeOf = (i: number) => {
      // Each contact's events vary in kind from one round over the contacts to the next.
      const r = (i * 7919 + Math.floor(i / CONTACTS) * 104_729) % 1000;
      if (r < 600) return 'delivered';
      if (r < 800) return 'opened';
      if (r < 920) return 'clicked';
      if (r < 985) return 'converted';
      if (r < 997) return 'unsubscribed';
      return 'complained';
    };
    let ingestMs = 0;
    let worst = 0;
    const start = Date.parse(NOW) - 6 * 86_400_000;
    for (let b = 0; b < EVENTS / BATCH; b++) {
      const events = Array.from({ length: BATCH }, (_, k) => {
        const i = b * BATCH + k;
        return {
          eventId: `bench-${i}`,
          contactId: `B-${(i % CONTACTS) + 1}`,
          type: typeOf(i) as (typeof OUTCOME_TYPES)[number],
          at: new Date(start + (i % 500_000) * 1000).toISOString(),
        };
      });
      const t0 = performance.now();
      await reportOutcomes(ctx, PLATFORM, { events });
      const took = performance.now() - t0;
      ingestMs += took;
      worst = Math.max(worst, took);
    }
    const perSecond = Math.round(EVENTS / (ingestMs / 1000));
    console.log(
      `ingestion, ${BATCH.toLocaleString('en-US')} per request`.padEnd(48),
      `${perSecond.toLocaleString('en-US')} events/s`,
    );
    console.log(`  mean per request`.padEnd(48), ms(ingestMs / (EVENTS / BATCH)));
    console.log(`  slowest request`.padEnd(48), ms(worst));
    await db.execute(sql`VACUUM ANALYZE pilot_members`);

    const times: number[] = [];
    let readout: Awaited<ReturnType<typeof pilotReadout>> | undefined;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      readout = await pilotReadout(ctx, PLATFORM, { id: pilotId });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[2] ?? 0;
    console.log('readout, median of 5'.padEnd(48), ms(median));
    const healthTimes: number[] = [];
    let health: Awaited<ReturnType<typeof segmentHealth>> | undefined;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      health = await segmentHealth(ctx, PLATFORM, { key: 'at-risk', weeks: 12 });
      healthTimes.push(performance.now() - t0);
    }
    healthTimes.sort((a, b) => a - b);
    console.log('segment health, 12 weeks, median of 5'.padEnd(48), ms(healthTimes[2] ?? 0));
    const last = health?.weeks.at(-1);
    console.log(`  latest week: ${JSON.stringify(last)}; ${health?.drift.summary}`);
    const [stored] = rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM outcome_events`));
    console.log(`outcome events stored: ${stored?.n.toLocaleString('en-US')}`);
    console.log(`pilot cohort: ${JSON.stringify(readout?.cohorts.pilot)}`);
    console.log(`verdicts: ${readout?.metrics.map((m) => `${m.metric} ${m.summary}`).join('; ')}`);
    console.log(`target < ${TARGET_MS} ms: ${median < TARGET_MS ? 'met' : 'MISSED'} (${ms(median)})`);
    console.log(
      `machine: ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    if (median >= TARGET_MS) process.exitCode = 1;
  } finally {
    await database?.close();
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
