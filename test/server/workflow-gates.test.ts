import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbContext } from '#server/core/db';
import { workflowsTurnedUngated } from '#server/features/workflows/workflows.read';
import { count, tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

/**
 * Checks and sends attributed to a workflow, and each workflow's gate (docs/rules.md, "Workflow
 * gates"), scripted with the test clock. Platform calls use tokens, which the clock does not expire.
 */

let t: TestApp;
let checker: Client;
let sender: Client;
let reader: Client;
let sync: Client;
beforeAll(async () => {
  t = await createTestApp();
  [checker, sender, reader, sync] = (
    await Promise.all([
      tokenWith(t, ['firewall:check']),
      tokenWith(t, ['sends:write']),
      tokenWith(t, ['read']),
      tokenWith(t, ['workflows:write']),
    ])
  ).map((token) => t.withToken(token)) as [Client, Client, Client, Client];
});
afterAll(() => t.close());

let seq = 0;
const ref = () => ({ platform: 'customerio', externalId: `cio-${++seq}` });

async function checkAt(at: string, workflow: unknown, contactIds = ['CRM-100001']) {
  t.clock.set(at);
  const res = await checker.post('/api/firewall/check', { channel: 'email', contactIds, workflow });
  expect(res.status).toBe(200);
  return res.json();
}

async function sendAt(at: string, sentAt: string, workflow: unknown, contactId = 'CRM-100002') {
  t.clock.set(at);
  const events = [{ eventId: `gate-${++seq}`, contactId, channel: 'email', sentAt, source: 'customer.io', workflow }];
  const res = await sender.post('/api/sends', { events });
  expect(res.status).toBe(202);
}

async function gateOf(r: { platform: string; externalId: string }, at: string) {
  t.clock.set(at);
  const { items } = await (await reader.get('/api/workflows?limit=500')).json();
  return items.find((w: { externalId: string }) => w.externalId === r.externalId);
}

describe('attributing checks and sends', () => {
  it('registers an unknown workflow as discovered, once, and never refuses the check', async () => {
    const r = ref();
    const first = await checkAt('2026-11-15T12:00:00Z', r);
    expect(first.decisions).toHaveLength(1);
    for (let i = 0; i < 3; i++) await checkAt('2026-11-15T12:00:01Z', r);
    const w = await gateOf(r, '2026-11-15T12:00:02Z');
    expect(w).toMatchObject({ status: 'discovered', name: r.externalId, channel: null, audience: [], owner: null });
    expect(w.gate).toMatchObject({
      status: 'gated',
      checks30d: 4,
      sends30d: 0,
      lastCheckAt: '2026-11-15T12:00:01.000Z',
    });
    expect(
      await count(
        t.db,
        sql`SELECT count(*) AS n FROM audit_entries WHERE action = 'workflows.discovered' AND target_id = ${w.id}`,
      ),
    ).toBe(1);
    expect(await count(t.db, sql`SELECT count(*) AS n FROM firewall_requests WHERE workflow_id = ${w.id}`)).toBe(4);
  });

  it('attributes a send to its workflow, registering an unknown one from the send alone', async () => {
    const r = ref();
    await sendAt('2026-11-15T12:00:00Z', '2026-11-15T11:00:00Z', r);
    const w = await gateOf(r, '2026-11-15T12:00:00Z');
    expect(w).toMatchObject({ status: 'discovered' });
    expect(w.gate).toMatchObject({
      status: 'ungated',
      sends30d: 1,
      ungatedSends30d: 1,
      checks30d: 0,
      lastCheckAt: null,
    });
    expect(await count(t.db, sql`SELECT count(*) AS n FROM send_events WHERE workflow_id = ${w.id}`)).toBe(1);
  });

  it('keeps a described workflow described when checks name it, and its inventory edits free', async () => {
    const r = ref();
    const described = { ...r, name: 'Trial nurture', channel: 'email', audience: ['evaluation'] };
    expect((await sync.put('/api/workflows', { workflows: [described] })).status).toBe(200);
    await checkAt('2026-11-15T12:00:00Z', r);
    expect(await gateOf(r, '2026-11-15T12:00:00Z')).toMatchObject({ status: 'active', name: 'Trial nurture' });
  });

  it('is no way round a rule: naming a workflow, known or not, changes no decision', async () => {
    t.clock.set('2026-11-15T12:00:00Z');
    // Contacts of the paused evaluation segment, and others.
    const { items } = await (await reader.get('/api/segments/evaluation/members?limit=3')).json();
    const contactIds = [...items.map((m: { id: string }) => m.id), 'CRM-100001', 'nobody'];
    const plain = await (await checker.post('/api/firewall/check', { channel: 'email', contactIds })).json();
    expect(plain.decisions.some((d: { reasons: string[] }) => d.reasons.includes('segment_paused'))).toBe(true);
    for (const workflow of [ref(), { platform: 'braze', externalId: 'canvas-winback' }]) {
      const named = await (
        await checker.post('/api/firewall/check', { channel: 'email', contactIds, workflow })
      ).json();
      expect(named.decisions).toEqual(plain.decisions);
    }
  });

  it('refuses a workflow reference it cannot store, naming the field', async () => {
    t.clock.set('2026-11-15T12:00:00Z');
    for (const [workflow, field] of [
      [{ platform: 'customerio', externalId: 'a\u0000b' }, 'workflow.externalId'],
      [{ platform: 'customerio', externalId: '\ud800' }, 'workflow.externalId'],
      [{ platform: 'customerio', externalId: 'x'.repeat(1024 * 1024) }, 'workflow.externalId'],
      [{ platform: 'mailchimp', externalId: 'x' }, 'workflow.platform'],
      [JSON.parse('{"platform":"braze","externalId":"x","__proto__":{"a":1}}'), 'workflow'],
    ] as [unknown, string][]) {
      const res = await checker.post('/api/firewall/check', { channel: 'email', contactIds: ['CRM-100001'], workflow });
      expect(res.status, field).toBe(422);
      expect((await res.json()).issues.map((i: { path: unknown[] }) => i.path.join('.'))).toContain(field);
    }
    const res = await sender.post('/api/sends', {
      events: [
        {
          eventId: 'x',
          contactId: 'y',
          channel: 'email',
          sentAt: '2026-11-15T11:00:00Z',
          source: 's',
          workflow: { platform: 'braze', externalId: '' },
        },
      ],
    });
    expect((await res.json()).issues[0].path).toEqual(['events', 0, 'workflow', 'externalId']);
  });
});

describe('the gate', () => {
  it('is gated when every send followed a check of the workflow within 24 hours', async () => {
    const r = ref();
    await checkAt('2026-11-10T09:00:00Z', r);
    await sendAt('2026-11-10T12:00:00Z', '2026-11-10T09:05:00Z', r);
    await sendAt('2026-11-11T12:00:00Z', '2026-11-11T08:59:00Z', r); // 23 h 59 min after the check
    const w = await gateOf(r, '2026-11-12T00:00:00Z');
    expect(w.gate).toEqual({
      status: 'gated',
      checks30d: 1,
      sends30d: 2,
      ungatedSends30d: 0,
      lastCheckAt: '2026-11-10T09:00:00.000Z',
    });
  });

  it('is ungated by a send with no check of it in the 24 hours before, and by one before any check', async () => {
    const r = ref();
    await sendAt('2026-11-01T12:00:00Z', '2026-11-01T08:00:00Z', r); // before any check
    await checkAt('2026-11-02T09:00:00Z', r);
    await sendAt('2026-11-03T12:00:00Z', '2026-11-03T09:00:01Z', r); // a day and a second later
    await sendAt('2026-11-03T12:00:00Z', '2026-11-02T09:30:00Z', r); // gated
    const w = await gateOf(r, '2026-11-04T00:00:00Z');
    expect(w.gate).toMatchObject({ status: 'ungated', checks30d: 1, sends30d: 3, ungatedSends30d: 2 });
    // A check made after a send does not gate it.
    await checkAt('2026-11-05T09:00:00Z', r);
    expect((await gateOf(r, '2026-11-05T10:00:00Z')).gate).toMatchObject({ ungatedSends30d: 2 });
  });

  it('looks back 30 days: an old ungated send stops counting, and with nothing seen the gate is unknown', async () => {
    const r = ref();
    await sendAt('2026-09-20T12:00:00Z', '2026-09-20T10:00:00Z', r);
    expect((await gateOf(r, '2026-10-19T10:00:00Z')).gate.status).toBe('ungated');
    expect((await gateOf(r, '2026-10-20T10:00:01Z')).gate).toMatchObject({ status: 'unknown', sends30d: 0 });
  });

  it('names the workflows a batch of sends turned ungated (for webhooks)', async () => {
    const [gated, turning, already] = [ref(), ref(), ref()];
    await checkAt('2026-11-14T09:00:00Z', gated);
    await sendAt('2026-11-14T09:10:00Z', '2026-11-13T09:00:00Z', already);
    await checkAt('2026-11-14T09:00:00Z', turning);
    const ids = new Map<string, string>();
    for (const r of [gated, turning, already]) ids.set(r.externalId, (await gateOf(r, '2026-11-14T10:00:00Z')).id);
    await sendAt('2026-11-14T10:00:00Z', '2026-11-14T09:01:00Z', gated);
    await sendAt('2026-11-14T10:00:00Z', '2026-11-10T09:01:00Z', turning);
    await sendAt('2026-11-14T10:00:00Z', '2026-11-10T09:02:00Z', already);
    const conn = dbContext(t.db, t.clock).conn;
    const workflowIds = [...ids.values(), ...ids.values()];
    const turned = await workflowsTurnedUngated(conn, {
      workflowIds,
      since: new Date('2026-11-14T09:59:59.999Z'),
      until: new Date('2026-11-14T10:00:00Z'),
    });
    // Named once, with what the workflow.ungated event carries.
    expect(turned).toEqual([
      {
        workflowId: ids.get(turning.externalId),
        platform: 'customerio',
        externalId: turning.externalId,
        name: expect.any(String),
        ungatedSends: 1,
      },
    ]);
    // In the hour before, only the workflow whose send was received then turned; a second
    // ungated send turns nothing again.
    const earlier = { since: new Date('2026-11-14T09:00:00Z'), until: new Date('2026-11-14T09:59:59.999Z') };
    const before = await workflowsTurnedUngated(conn, { workflowIds, ...earlier });
    expect(before.map((w) => w.workflowId)).toEqual([ids.get(already.externalId)]);
    await sendAt('2026-11-14T11:00:00Z', '2026-11-10T10:00:00Z', turning);
    const later = { since: new Date('2026-11-14T10:59:59.999Z'), until: new Date('2026-11-14T11:00:00Z') };
    expect(await workflowsTurnedUngated(conn, { workflowIds, ...later })).toEqual([]);
  });

  it('is read by every role and read token, and only through them', async () => {
    t.clock.set('2026-11-15T12:00:00Z');
    for (const email of Object.values(DEMO)) expect((await (await t.as(email)).get('/api/workflows')).status).toBe(200);
    expect((await t.withToken(await tokenWith(t, ['firewall:check'])).get('/api/workflows')).status).toBe(403);
  });
});
