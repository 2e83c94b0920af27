import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cohortOf } from '#domain/pilots/cohort';
import { count, tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { membersOf, type PilotBody, startedPilot } from './pilot-helpers';
import { addPerson } from './proposal-helpers';

/**
 * Outcome events (docs/pilots.md, "Outcome events") and the readout they feed: idempotent per
 * event id, who may report them, hostile input, and the readout's figures against the events sent.
 */
let t: TestApp;
let platform: Client;
let vera: Client;
let pilot: PilotBody;
let members: string[];
beforeAll(async () => {
  t = await createTestApp();
  platform = t.withToken(await tokenWith(t, ['outcomes:write']));
  vera = await t.as(DEMO.viewer);
  members = await membersOf(await t.as(DEMO.ops), 'evaluation');
  ({ pilot } = await startedPilot(t));
});
afterAll(() => t.close());

let seq = 0;
const event = (contactId: string, type: string, extra: Record<string, unknown> = {}) => ({
  eventId: `evt-${++seq}-${Math.random()}`,
  contactId,
  type,
  at: t.clock.now().toISOString(),
  ...extra,
});

describe('reporting outcomes', () => {
  it('accepts each event once: a repeat is a duplicate, and the batch is audited', async () => {
    const reported = sql`SELECT count(*) AS n FROM audit_entries WHERE action = 'outcomes.reported'`;
    const before = await count(t.db, reported); // the demo's own reports
    const events = [event('CRM-X1', 'delivered'), event('CRM-X1', 'opened', { campaignId: 'cmp-1' })];
    const first = await platform.post('/api/outcomes', { events });
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ accepted: 2, duplicates: 0 });
    const again = await platform.post('/api/outcomes', { events: [...events, event('CRM-X1', 'clicked')] });
    expect(await again.json()).toEqual({ accepted: 1, duplicates: 2 });
    expect(await count(t.db, reported)).toBe(before + 2);
  });

  it('is for operations and outcomes:write tokens; everyone else gets 403 before the body is read', async () => {
    const admin = await addPerson(t, 'ada.outcomes@example.com', ['admin']);
    const others = [
      vera,
      admin,
      await t.as(DEMO.owner),
      await t.as(DEMO.marketer),
      t.withToken(await tokenWith(t, ['sends:write', 'read', 'firewall:check'])),
    ];
    for (const who of others) expect((await who.post('/api/outcomes', { events: 'nope' })).status).toBe(403);
    const omar = await t.as(DEMO.ops);
    expect((await omar.post('/api/outcomes', { events: [event('CRM-X2', 'delivered')] })).status).toBe(202);
  });

  it('refuses hostile and impossible events, naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ events: [event('CRM-\u0000', 'delivered')] }, 'events.0.contactId'],
      [{ events: [{ ...event('CRM-X3', 'delivered'), eventId: '\uD800' }] }, 'events.0.eventId'],
      [{ events: [event('CRM-X3', 'bounced')] }, 'events.0.type'],
      [{ events: [event('CRM-X3', 'delivered', { __proto__: { type: 'x' }, extra: true })] }, 'events.0'],
      [{ events: [event('x'.repeat(1_000_000), 'delivered')] }, ''],
      [{ events: [event('CRM-X3', 'delivered', { at: '2099-01-01T00:00:00Z' })] }, 'events.0.at'],
      [{ events: [] }, 'events'],
    ];
    for (const [body, field] of cases) {
      const res = await platform.post('/api/outcomes', body);
      expect([413, 422]).toContain(res.status);
      if (res.status === 422 && field) {
        const issues = (await res.json()).issues as { path: (string | number)[] }[];
        expect(issues.map((i) => i.path.join('.'))).toContain(field);
      }
    }
    const tooMany = Array.from({ length: 10_001 }, (_, i) => ({
      ...event('CRM-X4', 'delivered'),
      eventId: `many-${i}`,
    }));
    expect((await platform.post('/api/outcomes', { events: tooMany })).status).toBe(422);
  });
});

describe('the readout', () => {
  it('counts each cohort from the events of its members inside the pilot window', async () => {
    const inPilot = members.filter((id) => cohortOf(pilot.id, id, 20) === 'pilot');
    const inControl = members.filter((id) => cohortOf(pilot.id, id, 20) === 'control');
    const outside = members.filter((id) => cohortOf(pilot.id, id, 20) === null);
    const events = [
      ...inPilot.flatMap((id, i) => [
        event(id, 'delivered'),
        event(id, 'delivered'),
        ...(i === 0 ? [event(id, 'converted')] : []),
      ]),
      ...inControl.map((id) => event(id, 'delivered')),
      ...(inControl[0] ? [event(inControl[0], 'unsubscribed'), event(inControl[0], 'unsubscribed')] : []),
      ...outside.map((id) => event(id, 'converted')),
      // Before the pilot started: not its outcome.
      ...(inPilot[1]
        ? [event(inPilot[1], 'complained', { at: new Date(Date.parse(pilot.startsAt) - 1).toISOString() })]
        : []),
    ];
    expect((await platform.post('/api/outcomes', { events })).status).toBe(202);

    const res = await vera.get(`/api/pilots/${pilot.id}/readout`);
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.cohorts.pilot).toMatchObject({
      size: pilot.cohort.pilot,
      sends: 2 * inPilot.length,
      reached: inPilot.length,
      conversions: 1,
      complaints: 0,
    });
    expect(r.cohorts.control).toMatchObject({ size: pilot.cohort.control, sends: inControl.length, unsubscribes: 1 });
    expect(r.cohorts.pilot.rates.conversion).toBeCloseTo(1 / inPilot.length, 10);
    const conversion = r.metrics.find((m: { metric: string }) => m.metric === 'conversion');
    expect(conversion.difference).toBeCloseTo(1 / inPilot.length, 10);
    // A few dozen contacts are far below any sample worth a verdict.
    expect(conversion.verdict).toBe('too_early');
    expect(conversion.summary).toBe(
      `too early: ${Math.min(inPilot.length, inControl.length)} of ${conversion.neededPerCohort.toLocaleString('en-GB')} needed`,
    );
    expect(r.summary).toMatch(/^Too early to tell/);
  });

  it('keeps readouts out of the monthly review', async () => {
    const res = await vera.get('/api/reviews/2026-11');
    expect(res.status).toBe(200);
    const text = JSON.stringify(await res.json());
    expect(text.length).toBeGreaterThan(100);
    expect(text).not.toMatch(/conversion|unsubscribe|complaint|readout|pilot/i);
  });

  it('takes linted frontline notes from the team, not from viewers', async () => {
    const mia = await t.as(DEMO.marketer);
    const added = await mia.post(`/api/pilots/${pilot.id}/notes`, {
      body: 'Customers said the warm lead email felt early.',
    });
    expect(added.status).toBe(201);
    expect((await added.json()).findings).toBeGreaterThan(0);
    expect((await vera.post(`/api/pilots/${pilot.id}/notes`, { body: 'x' })).status).toBe(403);
    for (const body of ['\u0000', '\uDC00', '']) {
      expect((await mia.post(`/api/pilots/${pilot.id}/notes`, { body })).status).toBe(422);
    }
    const list = await (await vera.get(`/api/pilots/${pilot.id}/notes`)).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0].author.name).toBeTruthy();
  });
});
