import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '#server/db/rows';
import { scheduleFreshnessPass } from '#server/features/segments/freshness.schedule';
import { auditKeyFrom } from '#server/lib/audit-key';
import { tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

/**
 * Membership never stale (docs/rules.md, "Membership never stale"; docs/decisions/014): the
 * firewall decides on the segment a contact is in now, even when a time edge passed a minute ago
 * and nothing was written since; the freshness pass then moves the contact with its history dated
 * at the edge. The demo segments' rules: a lead seen within 90 days is a new lead, anyone not seen
 * for 90 days is dormant; a customer not seen for 30 days is at risk.
 */
const MINUTE = 60_000;
const DAY = 86_400_000;

let t: TestApp;
let checker: Client;
let crm: Client;
let sender: Client;
beforeAll(async () => {
  t = await createTestApp();
  [checker, crm, sender] = (
    await Promise.all([
      tokenWith(t, ['firewall:check']),
      tokenWith(t, ['contacts:write', 'read']),
      tokenWith(t, ['sends:write']),
    ])
  ).map((token) => t.withToken(token)) as [Client, Client, Client];
});
afterAll(() => t.close());

const iso = (ms: number) => new Date(ms).toISOString();
const BASE = '2026-11-15T12:00:00.000Z';
let seq = 0;

/** A contact upserted now whose last visit puts its next edge `untilEdge` ms ahead. */
async function contactNearEdge(lifecycle: string, daysOld: number, untilEdge: number, extra = {}) {
  const id = `fresh-${lifecycle}-${++seq}`;
  const lastSeen = t.clock.now().getTime() - daysOld * DAY + untilEdge;
  const attributes = {
    lifecycle,
    lead_score: 50,
    plan: 'growth',
    churn_risk: 0.1,
    last_seen_at: iso(lastSeen),
    ...extra,
  };
  const res = await crm.put('/api/contacts', { contacts: [{ id, attributes }] });
  expect(res.status).toBe(200);
  return { id, edge: lastSeen + daysOld * DAY + 1 };
}

async function stored(id: string) {
  const [row] = rowsOf<{ segment_key: string | null; fresh: string | null; updated_at: string | Date }>(
    await t.db.execute(sql`
      SELECT segment_key, updated_at, CASE WHEN fresh_until = 'infinity' THEN 'infinity'
        ELSE (extract(epoch FROM fresh_until) * 1000)::bigint::text END AS fresh
      FROM contacts WHERE id = ${id}`),
  );
  const stays = rowsOf<{ segment_key: string; entered_at: string | Date; left_at: string | Date | null }>(
    await t.db.execute(
      sql`SELECT segment_key, entered_at, left_at FROM contact_stays WHERE contact_id = ${id} ORDER BY entered_at, id`,
    ),
  );
  const at = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());
  return {
    segment: row?.segment_key ?? null,
    freshUntil: row?.fresh && row.fresh !== 'infinity' ? iso(Number(row.fresh)) : (row?.fresh ?? null),
    updatedAt: at(row?.updated_at ?? null),
    stays: stays.map((s) => [s.segment_key, at(s.entered_at), at(s.left_at)]),
  };
}

async function decide(id: string) {
  const res = await checker.post('/api/firewall/check', { channel: 'email', contactIds: [id] });
  expect(res.status).toBe(200);
  return (await res.json()).decisions[0];
}

describe('the firewall never decides on expired membership', () => {
  it('decides a contact aged out of its segment a minute ago on its new segment, with no write in between', async () => {
    t.clock.set(BASE);
    const { id, edge } = await contactNearEdge('lead', 90, 5 * MINUTE);
    expect(await decide(id)).toMatchObject({ segment: 'new-lead', allowed: true });
    const before = await stored(id);
    expect(before).toMatchObject({ segment: 'new-lead', freshUntil: iso(edge) });

    t.clock.set(iso(edge + MINUTE));
    expect(await decide(id)).toMatchObject({ segment: 'dormant', allowed: true });
    expect(await stored(id)).toEqual(before); // decided on the new segment; nothing written
    // …and a campaign targeting new leads is held back for it.
    const targeted = await checker.post('/api/firewall/check', {
      channel: 'email',
      contactIds: [id],
      targetSegment: 'new-lead',
    });
    expect((await targeted.json()).decisions[0]).toMatchObject({
      segment: 'dormant',
      reasons: ['not_in_target_segment'],
    });
  });

  it('decides on the edge to the millisecond: in the segment at the edge minus 1 ms, out of it at the edge', async () => {
    t.clock.set(BASE);
    const { id, edge } = await contactNearEdge('lead', 90, MINUTE);
    t.clock.set(iso(edge - 1));
    expect((await decide(id)).segment).toBe('new-lead');
    t.clock.set(iso(edge));
    expect((await decide(id)).segment).toBe('dormant');
  });
});

describe('the freshness pass', () => {
  it('moves the contact with its stay closed and the next opened at the edge, not when the pass runs', async () => {
    t.clock.set(BASE);
    const { id, edge } = await contactNearEdge('lead', 90, 10 * MINUTE);
    t.clock.set(iso(edge + 3 * DAY));
    const ops = await t.as(DEMO.ops);
    const res = await ops.post('/api/contacts/refresh');
    expect(res.status).toBe(200);
    const result = await res.json();
    expect(result.moved).toBeGreaterThanOrEqual(1);
    expect(result.transitions['new-lead → dormant']).toBeGreaterThanOrEqual(1);
    const after = await stored(id);
    expect(after.segment).toBe('dormant');
    expect(after.freshUntil).toBe('infinity'); // not seen for 90 days: no edge ahead
    expect(after.stays).toEqual([
      ['new-lead', BASE, iso(edge)],
      ['dormant', iso(edge), null],
    ]);
    const contact = await (await ops.get(`/api/contacts/${id}`)).json();
    expect(contact).toMatchObject({ segmentKey: 'dormant', enteredAt: iso(edge) });
    const audit = await (await ops.get('/api/audit?action=contacts.membership_refreshed&limit=1')).json();
    expect(audit.items[0]).toMatchObject({ actor: DEMO.ops, after: { moved: result.moved } });
    // Run again: nothing is due, nothing moves, nothing is recorded.
    expect(await (await ops.post('/api/contacts/refresh')).json()).toEqual({ checked: 0, moved: 0, transitions: {} });
  });

  it('replays every edge a late pass finds: active customer → at risk → dormant, each at its own edge', async () => {
    t.clock.set(BASE);
    const { id, edge: toDormant } = await contactNearEdge('customer', 90, 60 * DAY);
    const toAtRisk = toDormant - 60 * DAY; // not seen for 30 days
    expect((await stored(id)).segment).toBe('active-customer');
    t.clock.set(iso(toDormant + DAY));
    expect((await decide(id)).segment).toBe('dormant');
    expect((await (await (await t.as(DEMO.ops)).post('/api/contacts/refresh')).json()).moved).toBeGreaterThanOrEqual(2);
    const { stays } = await stored(id);
    expect(stays.map(([segment, , left]) => [segment, left])).toEqual([
      ['active-customer', iso(toAtRisk)],
      ['at-risk', iso(toDormant)],
      ['dormant', null],
    ]);
  });

  it('dates a move owed to an edge before new attributes apply when a contact is upserted late', async () => {
    t.clock.set(BASE);
    const { id, edge } = await contactNearEdge('lead', 90, MINUTE);
    t.clock.set(iso(edge + DAY));
    // Seen again today: a new lead once more, but it was dormant since the edge.
    const res = await crm.put('/api/contacts', {
      contacts: [{ id, attributes: { lifecycle: 'lead', lead_score: 50, last_seen_at: iso(edge + DAY) } }],
    });
    expect(await res.json()).toMatchObject({ upserted: 1, moved: 1 });
    expect((await stored(id)).stays).toEqual([
      ['new-lead', BASE, iso(edge)],
      ['dormant', iso(edge), iso(edge + DAY)],
      ['new-lead', iso(edge + DAY), null],
    ]);
  });

  it('judges a reported send on the segment the contact was in at sentAt, edges included, before any pass', async () => {
    t.clock.set(BASE);
    // A trial user is in the paused evaluation segment until 90 days after their last visit.
    const { id, edge } = await contactNearEdge('trial', 90, 10 * MINUTE);
    t.clock.set(iso(edge + 30 * MINUTE));
    const send = (sentAt: number) => ({
      eventId: `fresh-send-${++seq}`,
      contactId: id,
      channel: 'email',
      sentAt: iso(sentAt),
      source: 'test-platform',
    });
    const res = await sender.post('/api/sends', { events: [send(edge - MINUTE), send(edge + MINUTE)] });
    const { violations } = await res.json();
    expect(violations).toHaveLength(1); // only the send before the edge went into the pause
    expect((await stored(id)).stays).toEqual([
      ['evaluation', BASE, iso(edge)],
      ['dormant', iso(edge), null],
    ]);
  });

  it('runs on its own, every minute on a server, until stopped, its entries keyed with the audit key', async () => {
    t.clock.set(BASE);
    const { id, edge } = await contactNearEdge('lead', 90, MINUTE);
    t.clock.set(iso(edge + MINUTE));
    const key = auditKeyFrom('k'.repeat(40));
    const stop = scheduleFreshnessPass(t.db, t.clock, { audit: { key } }, 20, 0);
    try {
      await expect.poll(async () => (await stored(id)).segment, { timeout: 10_000 }).toBe('dormant');
    } finally {
      stop();
    }
    expect((await stored(id)).stays.at(-1)).toEqual(['dormant', iso(edge), null]);
    const audit = await (
      await (await t.as(DEMO.ops)).get('/api/audit?action=contacts.membership_refreshed&limit=1')
    ).json();
    expect(audit.items[0].actor).toBe('system');
    // An unkeyed entry among keyed ones reads as written outside Charter (audit:verify).
    const [entry] = rowsOf<{ hash: string; mac: string | null }>(
      await t.db.execute(sql`SELECT hash, mac FROM audit_entries WHERE id = ${audit.items[0].id}`),
    );
    expect(entry?.mac && key.verify('entry', entry.hash, entry.mac)).toBe(true);
  });

  it('is run on demand by operations, admin or a contacts:write token, and refused to everyone else first', async () => {
    t.clock.set(BASE);
    expect((await crm.post('/api/contacts/refresh')).status).toBe(200);
    for (const email of [DEMO.owner, DEMO.marketer, DEMO.viewer]) {
      const res = await (await t.as(email)).post('/api/contacts/refresh', { surprise: '\u0000' });
      expect(res.status).toBe(403);
    }
    expect((await checker.post('/api/contacts/refresh')).status).toBe(403);
    expect((await t.anonymous.post('/api/contacts/refresh')).status).toBe(401);
  });
});
