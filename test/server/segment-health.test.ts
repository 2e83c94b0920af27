import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '#server/db/rows';
import { addContact, addSegment, count, tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { addEndpoint } from './webhook-helpers';

/**
 * A segment's health (docs/segment-health.md): weekly figures from the rollup the outcome
 * ingestion keeps, drift against the usual band, and `segment.drift` announced once per entry.
 * The clock stands on Sunday 15 November 2026: the current ISO week starts on 9 November.
 */
let t: TestApp;
let platform: Client;
const KEY = 'hh-weekly';
const CONTACTS = Array.from({ length: 10 }, (_, i) => `hh-c${i}`);
const DAY = 86_400_000;
beforeAll(async () => {
  t = await createTestApp();
  platform = t.withToken(await tokenWith(t, ['outcomes:write', 'sends:write']));
  await addSegment(t.db, KEY, { approvedAt: '2026-01-01T00:00:00Z' });
  for (const id of CONTACTS) await addContact(t.db, id, [{ segmentKey: KEY, enteredAt: '2026-01-01T00:00:00Z' }]);
  // Another segment's contact: its events never count here.
  await addContact(t.db, 'hh-other', [{ segmentKey: 'new-lead', enteredAt: '2026-01-01T00:00:00Z' }]);
  await addEndpoint(t, 'http://127.0.0.1:9/hooks', ['segment.drift']);
});
afterAll(() => t.close());

let seq = 0;
/** `n` events of a type, `weeksAgo` weeks before the current one (Tuesday noon), spread over the contacts. */
const events = (n: number, type: string, weeksAgo: number, contact?: string) => {
  const at = new Date(Date.parse('2026-11-10T12:00:00Z') - weeksAgo * 7 * DAY).toISOString();
  return Array.from({ length: n }, (_, i) => ({
    eventId: `hh-${++seq}`,
    contactId: contact ?? (CONTACTS[i % CONTACTS.length] as string),
    type,
    at,
  }));
};
const report = async (list: unknown[]) => {
  const res = await platform.post('/api/outcomes', { events: list });
  expect(res.status).toBe(202);
};
const driftDeliveries = () =>
  count(
    t.db,
    sql`SELECT count(*) AS n FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id WHERE e.kind = 'segment.drift'`,
  );
const health = async (query = '') =>
  (await (await t.as(DEMO.viewer)).get(`/api/segments/${KEY}/health${query}`)).json();

describe('segment health', () => {
  it('starts empty, says so, and then counts each event for the segment its contact was in', async () => {
    const empty = await health();
    expect(empty.weeks).toHaveLength(12);
    expect(empty.weeks.at(-1)).toMatchObject({
      weekStart: '2026-11-09',
      sends: 0,
      delivered: 0,
      unsubscribeRate: null,
    });
    expect(empty.drift).toMatchObject({ drifting: false, metrics: [] });
    expect(empty.drift.summary).toMatch(/^No outcome data yet/);

    // Ten baseline weeks of 250 deliveries with one unsubscribe each (0.4%).
    for (let w = 2; w <= 11; w++) await report([...events(250, 'delivered', w), ...events(1, 'unsubscribed', w)]);
    await report(events(40, 'delivered', 2, 'hh-other'));
    const sends = await platform.post('/api/sends', {
      events: [0, 1, 2].map((i) => ({
        eventId: `hh-send-${i}`,
        contactId: CONTACTS[i],
        channel: 'email',
        sentAt: '2026-11-10T09:00:00Z',
        source: 'test',
      })),
    });
    expect(sends.status).toBe(202);

    const body = await health('?weeks=4');
    expect(body.weeks.map((w: { weekStart: string }) => w.weekStart)).toEqual([
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
    ]);
    expect(body.weeks[0]).toMatchObject({
      delivered: 250,
      unsubscribed: 1,
      unsubscribeRate: 0.004,
      enoughVolume: true,
    });
    expect(body.weeks[3]).toMatchObject({ sends: 3, delivered: 0 });
    // The band comes from the ten earlier weeks of the drift history, however few weeks are shown.
    expect(body.bands.unsubscribe).toMatchObject({ median: 0.004, baselineWeeks: 10 });
    expect(body.bands.unsubscribe.high).toBeCloseTo(0.006, 6);
    expect(body.drift.summary).toMatch(/^Not judged/);
  });

  it('announces drift once on the way out of the band, and again only after coming back', async () => {
    await report([...events(250, 'delivered', 0), ...events(1, 'unsubscribed', 0)]);
    expect((await health()).drift.drifting).toBe(false);
    expect(await driftDeliveries()).toBe(0);

    await report(events(10, 'unsubscribed', 0)); // 11 of 250: 4.4%
    const out = await health();
    expect(out.drift).toMatchObject({ drifting: true, metrics: ['unsubscribe'] });
    expect(out.drift.summary).toMatch(/^Drifting: unsubscribe rate 4.4% in the week of 2026-11-09/);
    // The same finding as data, so the console can date the week its own way.
    expect(out.drift.findings).toEqual([
      {
        metric: 'unsubscribe',
        weekStart: '2026-11-09',
        rate: 0.044,
        low: expect.any(Number),
        high: expect.any(Number),
      },
    ]);
    expect(await driftDeliveries()).toBe(1);
    const [event] = rowsOf<{ payload: { data: unknown; path: string } }>(
      await t.db.execute(
        sql`SELECT payload FROM webhook_events WHERE kind = 'segment.drift' AND payload->'data'->>'segmentKey' = ${KEY}`,
      ),
    );
    expect(event?.payload.data).toMatchObject({ segmentKey: KEY, metrics: ['unsubscribe'] });
    expect(event?.payload.path).toBe(`/segments/${KEY}?tab=health`);

    await report(events(5, 'unsubscribed', 0)); // still drifting: no second event
    expect(await driftDeliveries()).toBe(1);

    await report(events(8000, 'delivered', 0)); // 16 of 8,250: 0.19%, back in band
    expect((await health()).drift.drifting).toBe(false);
    expect(await driftDeliveries()).toBe(1);

    await report(events(200, 'complained', 0));
    expect((await health()).drift.metrics).toEqual(['complaint']);
    expect(await driftDeliveries()).toBe(2);
    const audited = await count(
      t.db,
      sql`SELECT count(*) AS n FROM audit_entries WHERE action LIKE 'segments.drift_%' AND target_id = ${KEY}`,
    );
    expect(audited).toBe(3); // entered, left, entered
  });

  it('is for whoever may read segments; a token without read gets 403', async () => {
    for (const who of [DEMO.owner, DEMO.ops, DEMO.marketer, DEMO.viewer]) {
      expect((await (await t.as(who)).get(`/api/segments/${KEY}/health`)).status).toBe(200);
    }
    expect((await t.withToken(await tokenWith(t, ['read'])).get(`/api/segments/${KEY}/health`)).status).toBe(200);
    expect((await platform.get(`/api/segments/${KEY}/health?weeks=nope`)).status).toBe(403);
    expect((await t.anonymous.get(`/api/segments/${KEY}/health`)).status).toBe(401);
  });

  it('refuses bad weeks naming the field, and an unknown segment with 404', async () => {
    const vera = await t.as(DEMO.viewer);
    for (const q of ['3', '53', '4.5', 'abc', '%00', '%ED%A0%80', '__proto__', 'x'.repeat(1_000_000)]) {
      const res = await vera.get(`/api/segments/${KEY}/health?weeks=${q}`);
      expect([414, 422]).toContain(res.status);
      if (res.status === 422) expect((await res.json()).issues[0].path).toEqual(['weeks']);
    }
    expect((await vera.get('/api/segments/no-such-segment/health')).status).toBe(404);
    for (const key of ['__proto__', '%00', 'X'.repeat(61)]) {
      expect((await vera.get(`/api/segments/${key}/health`)).status).toBe(422);
    }
  });
});
