import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standardFixture, tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

/**
 * A scripted March 2027 (no demo data reaches that far), with every figure counted by hand below.
 * Checks: A (2 blocked, segment-unsafe), B (none), C (1 unknown: blocked but not segment-unsafe),
 * D and E (1 each, segment-unsafe; E's one decision has two reasons). One override attempt each
 * way; one pause violation in March, one a millisecond before it, and activity on 1 April.
 */
let t: TestApp;
let checker: Client;
let sender: Client;
beforeAll(async () => {
  t = await createTestApp();
  await standardFixture(t.db);
  checker = t.withToken(await tokenWith(t, ['firewall:check']));
  sender = t.withToken(await tokenWith(t, ['sends:write']));

  const check = async (at: string, body: Record<string, unknown>) => {
    t.clock.set(at);
    expect((await checker.post('/api/firewall/check', { channel: 'email', ...body })).status).toBe(200);
  };
  await check('2027-02-28T23:59:59.999Z', { contactIds: ['fw-c-paused'] });
  await check('2027-03-02T10:00:00Z', { contactIds: ['fw-c-open', 'fw-c-paused', 'fw-x'] }); // A
  await check('2027-03-02T11:00:00Z', { contactIds: ['fw-c-open'] }); // B
  await check('2027-03-02T12:00:00Z', { contactIds: ['fw-x2'] }); // C
  await check('2027-03-10T09:00:00Z', { contactIds: ['fw-c-open', 'fw-c-none'], targetSegment: 'fw-open' }); // D
  await check('2027-03-10T09:30:00Z', { contactIds: ['fw-c-paused'], targetSegment: 'fw-open' }); // E
  await check('2027-04-01T00:00:00Z', { contactIds: ['fw-c-paused'] });

  t.clock.set('2027-03-11T08:00:00Z');
  expect((await checker.post('/api/firewall/check', { channel: 'email', contactIds: ['a'], force: true })).status).toBe(
    403,
  );
  t.clock.set('2027-03-12T08:00:00Z');
  const omar = await t.as(DEMO.ops);
  expect((await omar.post('/api/firewall/override', { target: 'fw-paused' })).status).toBe(403);
  t.clock.set('2027-03-13T08:00:00Z');
  const mia = await t.as(DEMO.marketer);
  expect(
    (await mia.post('/api/firewall/override-attempts', { segmentKey: 'fw-paused', reason: 'Launch' })).status,
  ).toBe(201);

  const events = [
    ['fw-m-1', '2027-02-28T23:59:59.999Z', false],
    ['fw-m-2', '2027-03-05T10:00:00Z', false],
    ['fw-m-3', '2027-03-06T10:00:00Z', true], // a customer-initiated reply: allowed
  ].map(([eventId, sentAt, customerInitiated]) => ({
    eventId,
    contactId: 'fw-c-paused',
    channel: 'email',
    sentAt,
    source: 'test',
    customerInitiated,
  }));
  t.clock.set('2027-04-01T12:00:00Z');
  const reported = await (await sender.post('/api/sends', { events })).json();
  expect(reported.violations).toHaveLength(2);
});
afterAll(() => t.close());

describe('governance metrics: exact per calendar month (UTC)', () => {
  it('counts March by hand', async () => {
    const vera = await t.as(DEMO.viewer);
    const res = await vera.get('/api/metrics/governance?month=2027-03');
    expect(await res.json()).toEqual({
      month: '2027-03',
      pauseViolations: 1,
      segmentUnsafeAttempts: 3,
      overrideAttempts: 3,
      suppressedContacts: 5,
    });
  });

  it('keeps the edges of the month apart, and defaults to the current month', async () => {
    const vera = await t.as(DEMO.viewer);
    const feb = await (await vera.get('/api/metrics/governance?month=2027-02')).json();
    expect(feb).toEqual({
      month: '2027-02',
      pauseViolations: 1,
      segmentUnsafeAttempts: 1,
      overrideAttempts: 0,
      suppressedContacts: 1,
    });
    const current = await (await vera.get('/api/metrics/governance')).json();
    expect(current).toEqual({
      month: '2027-04',
      pauseViolations: 0,
      segmentUnsafeAttempts: 1,
      overrideAttempts: 0,
      suppressedContacts: 1,
    });
    expect((await vera.get('/api/metrics/governance?month=March')).status).toBe(422);
  });

  it('gives the trend oldest first', async () => {
    const res = await (await t.as(DEMO.marketer)).get('/api/metrics/governance/trend?months=3');
    const { items } = await res.json();
    expect(items.map((i: { month: string }) => i.month)).toEqual(['2027-02', '2027-03', '2027-04']);
    expect(items.map((i: { suppressedContacts: number }) => i.suppressedContacts)).toEqual([1, 5, 1]);
    expect((await (await t.as(DEMO.marketer)).get('/api/metrics/governance/trend?months=0')).status).toBe(422);
  });

  it('breaks suppressed volume down by ISO week, segment and reason', async () => {
    const res = await (await t.as(DEMO.viewer)).get('/api/firewall/suppressed?month=2027-03');
    expect(await res.json()).toEqual({
      month: '2027-03',
      total: 5,
      items: [
        { weekStart: '2027-03-01', segment: 'fw-paused', reason: 'segment_paused', count: 1 },
        { weekStart: '2027-03-01', segment: null, reason: 'unknown_contact', count: 2 },
        { weekStart: '2027-03-08', segment: 'fw-paused', reason: 'not_in_target_segment', count: 1 },
        { weekStart: '2027-03-08', segment: 'fw-paused', reason: 'segment_paused', count: 1 },
        { weekStart: '2027-03-08', segment: null, reason: 'not_in_target_segment', count: 1 },
      ],
    });
  });
});

describe('the decision log', () => {
  it('pages newest first by cursor, without gaps or repeats', async () => {
    const ops = await t.as(DEMO.ops);
    const first = await (await ops.get('/api/firewall/decisions?limit=3')).json();
    expect(first.items.map((i: { at: string }) => i.at)).toEqual([
      '2027-04-01T00:00:00.000Z',
      '2027-03-10T09:30:00.000Z',
      '2027-03-10T09:00:00.000Z',
    ]);
    const second = await (await ops.get(`/api/firewall/decisions?limit=3&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((i: { contactId: string }) => i.contactId).sort()).toEqual([
      'fw-c-paused',
      'fw-x',
      'fw-x2',
    ]);
    const unknown = await (await ops.get('/api/firewall/decisions?reason=unknown_contact&limit=500')).json();
    expect(unknown.items.every((i: { reasons: string[] }) => i.reasons.includes('unknown_contact'))).toBe(true);
    const paused = await (await ops.get('/api/firewall/decisions?segment=fw-paused')).json();
    expect(paused.items).toHaveLength(4);
    expect((await ops.get('/api/firewall/decisions?cursor=nope')).status).toBe(422);
    expect((await (await t.as(DEMO.owner)).get('/api/firewall/decisions')).status).toBe(200);
  });
});
