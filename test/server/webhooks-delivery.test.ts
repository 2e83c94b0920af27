import { sql } from 'drizzle-orm';
import { EVENT_KINDS } from '#domain/schemas/webhooks';
import { dbContext } from '#server/core/db';
import { announceDueFollowUps } from '#server/features/proposals/follow-ups.service';
import { signatureHeader } from '#server/features/webhooks/signing';
import { WEBHOOK_WORKER } from '#server/features/webhooks/worker';
import { weeksLeavingTheBand } from './drift-helpers';
import { file, withdrawal } from './exception-helpers';
import { addContact, addSegment, count } from './firewall-fixtures';
import { createTestApp, DEMO, type TestApp } from './harness';
import { priorityBump, proposeUpdate } from './proposal-helpers';
import { evaluationContact, json, reportSend } from './review-helpers';
import { APP_URL, addEndpoint, deliver, referenceSignature, removeEndpoints } from './webhook-helpers';
import { type Receiver, signedWith, startReceiver } from './webhook-receiver';

/**
 * Events through the outbox to a receiver on loopback (docs/webhooks.md): signed as the Standard
 * Webhooks specification says, every kind, retried with backoff, redelivered, given up, refused
 * where they must not go.
 */
let t: TestApp;
const receivers: Receiver[] = [];
beforeAll(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await removeEndpoints(t);
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});
afterAll(() => t.close());

async function receiver(...args: Parameters<typeof startReceiver>) {
  const r = await startReceiver(...args);
  receivers.push(r);
  return r;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('signatures', () => {
  it('match the specification’s reference vector, with the library and without it', () => {
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
    const body = '{"test": 2432232314}';
    const expected = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';
    expect(signatureHeader([secret], id, new Date(1614265330 * 1000), body)).toBe(expected);
    expect(referenceSignature(secret, id, 1614265330, body)).toBe(expected);
    // During a rotation both secrets sign, separated by a space.
    const other = 'whsec_QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB';
    expect(signatureHeader([other, secret], id, new Date(1614265330 * 1000), body).split(' ')).toEqual([
      referenceSignature(other, id, 1614265330, body),
      expected,
    ]);
  });
});

describe('every event kind', () => {
  it('reaches a receiver on loopback, signed, with a link back to Charter and nobody named for an override', async () => {
    const r = await receiver();
    const { secret } = await addEndpoint(t, r.url);
    const [ops, owner, marketer] = [await t.as(DEMO.ops), await t.as(DEMO.owner), await t.as(DEMO.marketer)];

    const proposalId = await proposeUpdate(ops, owner, 'at-risk', priorityBump); // proposal.opened
    expect((await owner.post(`/api/proposals/${proposalId}/approve`, { revision: 1 })).status).toBe(200); // proposal.decided
    await reportSend(ops, await evaluationContact(t), 'wh-violation-1', '2026-11-15T11:00:00Z'); // violation.detected
    expect((await marketer.post('/api/firewall/override', { target: 'evaluation', reason: 'urgent' })).status).toBe(
      403,
    );
    await file(marketer, withdrawal()); // exception.filed
    const month = t.clock.now().toISOString().slice(0, 7);
    const completed = await owner.post(`/api/reviews/${month}/complete`, {
      pressureAnswer: 'Nowhere this month, as far as we saw.',
    });
    expect(completed.status, await completed.clone().text()).toBe(200);
    // workflow.ungated: a send through a workflow no check preceded, reported twice; announced once.
    for (const eventId of ['wh-ungated-1', 'wh-ungated-2']) {
      const sent = await ops.post('/api/sends', {
        events: [
          {
            eventId,
            contactId: await evaluationContact(t),
            channel: 'push',
            sentAt: '2026-11-15T11:30:00Z',
            source: 'braze',
            workflow: { platform: 'braze', externalId: 'canvas-never-checked' },
          },
        ],
      });
      expect(sent.status, await sent.clone().text()).toBe(202);
      t.clock.advance(SECOND); // sends are judged as known at their receipt
    }
    // segment.drift: ten usual weeks of one unsubscribe in 250 deliveries, then this week's jump.
    await addSegment(t.db, 'wh-drift', { approvedAt: '2026-01-01T00:00:00Z' });
    await addContact(t.db, 'wh-drift-1', [{ segmentKey: 'wh-drift', enteredAt: '2026-01-01T00:00:00Z' }]);
    const outcomes = weeksLeavingTheBand('wh-drift-1', t.clock.now());
    const reported = await ops.post('/api/outcomes', { events: outcomes });
    expect(reported.status, await reported.clone().text()).toBe(202);
    t.clock.advance(31 * 24 * HOUR);
    expect(await announceDueFollowUps(dbContext(t.db, t.clock), WEBHOOK_WORKER, {})).toBeGreaterThan(0);

    while ((await deliver(t)) > 0);
    const kinds = new Set(r.received.map((x) => x.json.type));
    expect([...kinds].sort()).toEqual([...EVENT_KINDS].sort());
    for (const x of r.received) {
      expect(signedWith(secret, x), x.json.type).toBe(true);
      expect(x.id).toMatch(/^msg_/);
      expect(String(x.json.data.url)).toMatch(new RegExp(`^${APP_URL}/`));
    }
    expect(new Set(r.received.map((x) => x.id)).size).toBe(r.received.length);
    const decided = r.received.find((x) => x.json.type === 'proposal.decided');
    expect(decided?.json.data).toMatchObject({
      proposalId,
      decision: 'approved',
      segmentKey: 'at-risk',
      decidedBy: DEMO.owner,
      url: `${APP_URL}/proposals/${proposalId}`,
    });
    const override = r.received.find((x) => x.json.type === 'override.refused');
    expect(override?.body).not.toContain(DEMO.marketer);
    expect(override?.json.data).toMatchObject({ via: 'override_endpoint', segmentKey: 'evaluation' });
    const ungated = r.received.filter((x) => x.json.type === 'workflow.ungated');
    expect(ungated.map((x) => x.json.data)).toEqual([
      expect.objectContaining({ platform: 'braze', externalId: 'canvas-never-checked', ungatedSends: 1 }),
    ]);
  });

  it('writes no event when the change is refused, and only to endpoints subscribed to the kind', async () => {
    const r = await receiver();
    await addEndpoint(t, r.url, ['review.completed']);
    const events = () => count(t.db, sql`SELECT count(*) AS n FROM webhook_events`);
    const before = await events();
    const owner = await t.as(DEMO.owner);
    // A stale base version: refused, so no proposal and no event.
    const stale = await owner.post('/api/proposals', {
      kind: 'update',
      segmentKey: 'dormant',
      baseVersion: 0,
      definition: {},
      rationale: 'x'.repeat(20),
    });
    expect(stale.status).toBe(422);
    expect(await events()).toBe(before);
    await proposeUpdate(await t.as(DEMO.ops), owner, 'dormant', priorityBump);
    expect(await events()).toBe(before + 1);
    expect(await deliver(t)).toBe(0); // nobody subscribed to proposal.opened
    expect(r.received).toEqual([]);
  });

  it('announces a follow-up once, however often and wherever the pass runs', async () => {
    const r = await receiver();
    await addEndpoint(t, r.url, ['follow_up.due']);
    const [ops, owner] = [await t.as(DEMO.ops), await t.as(DEMO.owner)];
    const id = await proposeUpdate(ops, owner, 'new-lead', priorityBump);
    expect((await owner.post(`/api/proposals/${id}/approve`, { revision: 1 })).status).toBe(200);
    const pass = () => announceDueFollowUps(dbContext(t.db, t.clock), WEBHOOK_WORKER, {});
    expect(await Promise.all([pass(), pass()])).not.toContain(-1);
    t.clock.advance(31 * 24 * HOUR);
    await Promise.all([pass(), pass(), pass()]);
    await pass();
    while ((await deliver(t)) > 0);
    const mine = r.received.filter((x) => x.json.data.proposalId === id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.json.data).toMatchObject({ segmentKey: 'new-lead', url: `${APP_URL}/proposals/${id}` });
  });
});

describe('retries', () => {
  async function deliveriesOf(endpointId: string) {
    return (await json(await (await t.as(DEMO.ops)).get(`/api/webhooks/${endpointId}/deliveries`))).items;
  }

  it('tries a 500 again after 5 s and 5 min with the same webhook-id, and logs every attempt', async () => {
    const r = await receiver((n) => (n < 2 ? 500 : 204));
    const { id } = await addEndpoint(t, r.url, ['override.refused']);
    await (await t.as(DEMO.marketer)).post('/api/firewall/override', { reason: 'now' });
    expect(await deliver(t)).toBe(1);
    expect(await deliver(t)).toBe(0); // not due yet
    t.clock.advance(5 * SECOND - 1);
    expect(await deliver(t)).toBe(0);
    t.clock.advance(1);
    expect(await deliver(t)).toBe(1);
    t.clock.advance(5 * MINUTE);
    expect(await deliver(t)).toBe(1);
    expect(r.received.map((x) => x.id)).toEqual(Array(3).fill(r.received[0]?.id));
    const [d] = await deliveriesOf(id);
    expect(d).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 204, eventKind: 'override.refused' });
    expect(d.attemptLog.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 500, 204]);
    for (const a of d.attemptLog) expect(a.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('counts a receiver that does not answer in time as a failure to try again', async () => {
    const r = await receiver(() => 'hang');
    const { id } = await addEndpoint(t, r.url, ['override.refused']);
    await (await t.as(DEMO.marketer)).post('/api/firewall/override', { reason: 'now' });
    expect(await deliver(t, { timeoutMs: 300 })).toBe(1);
    const [d] = await deliveriesOf(id);
    expect(d).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastStatusCode: null,
      lastError: 'timed out after 0.3 s',
    });
    expect(d.attemptLog[0].durationMs).toBeGreaterThanOrEqual(300);
    expect(d.nextAttemptAt).toBe(new Date(t.clock.now().getTime() + 5 * SECOND).toISOString());
  });

  it.each([
    [400, 'failed'],
    [401, 'failed'],
    [404, 'failed'],
    [410, 'failed'],
    [408, 'pending'],
    [409, 'pending'],
    [429, 'pending'],
    [502, 'pending'],
    [301, 'pending'],
  ])('after a %i the delivery is %s', async (status, outcome) => {
    const r = await receiver(() => status);
    const { id } = await addEndpoint(t, r.url, ['override.refused']);
    await (await t.as(DEMO.marketer)).post('/api/firewall/override', { reason: 'now' });
    expect(await deliver(t)).toBe(1);
    expect((await deliveriesOf(id))[0]).toMatchObject({ status: outcome, lastStatusCode: status, attempts: 1 });
  });

  it('gives up after about a day, and a day of failures turns the endpoint off, audited and shown', async () => {
    const r = await receiver(() => 503);
    const { id } = await addEndpoint(t, r.url, ['override.refused']);
    await (await t.as(DEMO.marketer)).post('/api/firewall/override', { reason: 'now' });
    const waits = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR];
    expect(await deliver(t)).toBe(1);
    for (const wait of waits) {
      t.clock.advance(wait);
      expect(await deliver(t)).toBe(1);
    }
    expect(r.received).toHaveLength(8);
    const [d] = await deliveriesOf(id);
    expect(d).toMatchObject({ status: 'failed', attempts: 8, nextAttemptAt: null });
    const ops = await t.as(DEMO.ops);
    const endpoint = await json(await ops.get(`/api/webhooks/${id}`));
    expect(endpoint).toMatchObject({ enabled: false, counts: { failed: 1 } });
    expect(endpoint.disabledReason).toMatch(
      /^Every attempt failed for a day \(since \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC\); last: HTTP 503$/,
    );
    const audit = await json(await ops.get(`/api/audit?action=webhooks.disabled&target=${id}`));
    expect(audit.items[0]).toMatchObject({ actor: 'system:webhooks', after: { enabled: false } });
    // Off means off: nothing new is queued for it, and a test is refused until it is turned on.
    await (await t.as(DEMO.marketer)).post('/api/firewall/override', { reason: 'again' });
    expect((await json(await ops.get(`/api/webhooks/${id}`))).counts.pending).toBe(0);
    expect((await ops.post(`/api/webhooks/${id}/test`)).status).toBe(409);
  });
});

describe('redelivery, tests and rotation', () => {
  it('redelivers a delivered or failed delivery with the same webhook-id, but not one still pending', async () => {
    const r = await receiver((n) => (n === 1 ? 400 : 200));
    const { id } = await addEndpoint(t, r.url, ['override.refused']);
    const ops = await t.as(DEMO.ops);
    expect((await ops.post(`/api/webhooks/${id}/test`)).status).toBe(202);
    await deliver(t);
    const [first] = (await json(await ops.get(`/api/webhooks/${id}/deliveries`))).items;
    expect(first).toMatchObject({ status: 'delivered', eventKind: 'webhook.test' });
    expect((await ops.post(`/api/webhooks/deliveries/${first.id}/redeliver`)).status).toBe(202);
    expect((await ops.post(`/api/webhooks/deliveries/${first.id}/redeliver`)).status).toBe(409);
    await deliver(t); // answered 400: failed, not tried again
    expect((await json(await ops.get(`/api/webhooks/${id}/deliveries`))).items[0]).toMatchObject({
      status: 'failed',
      attempts: 2,
    });
    expect((await ops.post(`/api/webhooks/deliveries/${first.id}/redeliver`)).status).toBe(202);
    await deliver(t);
    expect(r.received.map((x) => x.id)).toEqual(Array(3).fill(first.eventId));
    expect(r.received[0]?.json).toMatchObject({ type: 'webhook.test', data: { endpointId: id } });
    const audit = await json(await ops.get(`/api/audit?action=webhooks.redelivered&target=${first.id}`));
    expect(audit.items).toHaveLength(2);
  });

  it('signs with both secrets for a day after a rotation, then with the new one alone', async () => {
    const r = await receiver();
    const { id, secret: old } = await addEndpoint(t, r.url, ['override.refused']);
    const ops = await t.as(DEMO.ops);
    const { secret: fresh } = await json(await ops.post(`/api/webhooks/${id}/rotate`));
    await ops.post(`/api/webhooks/${id}/test`);
    await deliver(t);
    t.clock.advance(24 * HOUR + 1);
    const again = await (await t.as(DEMO.ops)).post(`/api/webhooks/${id}/test`); // a new session: the first expired
    expect(again.status, await again.clone().text()).toBe(202);
    expect(await deliver(t)).toBe(1);
    const [during, after] = r.received;
    expect(during && signedWith(old, during) && signedWith(fresh, during)).toBe(true);
    expect(during?.signature.split(' ')).toHaveLength(2);
    expect(after && signedWith(fresh, after)).toBe(true);
    expect(after && signedWith(old, after)).toBe(false);
  });
});
