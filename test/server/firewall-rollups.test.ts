import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '#server/app';
import { type Database, openPostgres } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { fixedClock } from '#server/lib/clock';
import { DEMO_PASSWORD } from '#server/seed/demo';
import { DEMO, NODE_EDGE, ORIGIN } from './harness';
import { sharedServerDatabase } from './postgres-app';

/**
 * The month's firewall figures come from day rollups kept by triggers (docs/decisions/015-scale.md).
 * Three instances over one real PostgreSQL, with clocks either side of a month's end, run many
 * checks at once; the figures the API gives must equal what the stored decisions themselves add
 * up to, to the decision. The database is the file's own copy of the demo (seeded at the first
 * clock) in the run's shared PostgreSQL.
 */
let demo: Awaited<ReturnType<typeof sharedServerDatabase>> | undefined;
const databases: Database[] = [];
type App = ReturnType<typeof createApp>;
const apps: App[] = [];
const CLOCKS = ['2026-11-15T12:00:00Z', '2026-11-30T23:59:59.999Z', '2026-12-01T00:00:00Z'];

beforeAll(async () => {
  demo = await sharedServerDatabase();
  for (const at of CLOCKS) {
    const database = await openPostgres(demo.url, 'embedded');
    databases.push(database);
    apps.push(
      createApp({
        db: database.db,
        dbKind: 'embedded',
        clock: fixedClock(at),
        sessionSecret: 's'.repeat(32),
        scrypt: NODE_EDGE.scrypt,
      }),
    );
  }
});

afterAll(async () => {
  for (const d of databases) await d.close().catch(() => undefined);
  await demo?.drop();
});

async function as(app: App, email: string) {
  const res = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
  return async (method: string, url: string, body?: unknown) => {
    const r = await app.request(url, {
      method,
      headers: { cookie, origin: ORIGIN, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: r.status, body: await r.json() };
  };
}

/** What the stored decisions add up to for a month, straight from the append-only tables. */
async function fromDecisions(db: Database['db'], from: string, to: string) {
  const [totals] = rowsOf<{ blocked: number; unsafe: number }>(
    await db.execute(sql`
      SELECT (SELECT coalesce(sum(contact_count), 0)::int FROM firewall_block_groups WHERE at >= ${from}::timestamptz AND at < ${to}::timestamptz) AS blocked,
             (SELECT count(*)::int FROM firewall_requests WHERE segment_unsafe AND at >= ${from}::timestamptz AND at < ${to}::timestamptz) AS unsafe`),
  );
  const byWeek = rowsOf<{ week: string; segment: string | null; reason: string; n: number }>(
    await db.execute(sql`
      SELECT to_char(date_trunc('week', b.at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week, b.segment_key AS segment, r.reason, sum(b.contact_count)::int AS n
        FROM firewall_block_groups b, unnest(b.reasons) AS r(reason)
       WHERE b.at >= ${from}::timestamptz AND b.at < ${to}::timestamptz
       GROUP BY 1, 2, 3 ORDER BY 1, 2 NULLS LAST, 3`),
  );
  return {
    blocked: totals?.blocked ?? 0,
    unsafe: totals?.unsafe ?? 0,
    byWeek: byWeek.map((r) => ({ weekStart: r.week, segment: r.segment, reason: r.reason, count: r.n })),
  };
}

describe('the day rollups under concurrent checks', () => {
  it('stay equal to the stored decisions, to the decision, on both sides of a month end', async () => {
    const ids = Array.from({ length: 400 }, (_, i) => `CRM-${100001 + i}`);
    const db = (databases[0] as Database).db;
    const blockedBefore = (await fromDecisions(db, '2026-11-01T00:00:00Z', '2027-01-01T00:00:00Z')).blocked;
    const callers = await Promise.all(apps.map((app) => as(app, DEMO.marketer)));
    const checks = Array.from({ length: 90 }, (_, i) => {
      const size = 1 + ((i * 37) % 60);
      const contactIds = [...ids.slice((i * 13) % 340, ((i * 13) % 340) + size), `UNKNOWN-${i}`];
      const body = {
        channel: (['email', 'sms', 'push'] as const)[i % 3],
        contactIds,
        targetSegment: i % 4 ? 'at-risk' : undefined,
      };
      return (callers[i % callers.length] as (typeof callers)[number])('POST', '/api/firewall/check', body);
    });
    const answers = await Promise.all(checks);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const blockedAnswered = answers.reduce((n, a) => n + a.body.summary.blocked, 0);

    const owner = await as(apps[0] as App, DEMO.owner);
    let blockedCounted = 0;
    for (const [month, from, to] of [
      ['2026-11', '2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z'],
      ['2026-12', '2026-12-01T00:00:00Z', '2027-01-01T00:00:00Z'],
    ] as const) {
      const truth = await fromDecisions(db, from, to);
      const metrics = await owner('GET', `/api/metrics/governance?month=${month}`);
      const suppressed = await owner('GET', `/api/firewall/suppressed?month=${month}`);
      expect(metrics.body).toMatchObject({ suppressedContacts: truth.blocked, segmentUnsafeAttempts: truth.unsafe });
      expect(suppressed.body.total).toBe(truth.blocked);
      expect(suppressed.body.items).toEqual(truth.byWeek);
      blockedCounted += truth.blocked;
    }
    // Every decision this test's checks blocked is counted once, in one of the two months.
    expect(blockedCounted - blockedBefore).toBe(blockedAnswered);
    const shards = rowsOf<{ n: number }>(
      await db.execute(sql`SELECT count(DISTINCT shard)::int AS n FROM firewall_block_days`),
    );
    expect(shards[0]?.n).toBeGreaterThan(1); // three pools: the writers spread over rows
  });
});
