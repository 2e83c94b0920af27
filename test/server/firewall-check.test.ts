import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '#server/db/rows';
import { addContact, count, standardFixture, tokenWith } from './firewall-fixtures';
import { createTestApp, DEMO, type TestApp } from './harness';

let t: TestApp;
let checker: string;
beforeAll(async () => {
  t = await createTestApp();
  await standardFixture(t.db);
  checker = await tokenWith(t, ['firewall:check', 'read']);
});
afterAll(() => t.close());

type Decision = { contactId: string; allowed: boolean; segment: string | null; reasons: string[] };
const byContact = (body: { decisions: Decision[] }) => Object.fromEntries(body.decisions.map((d) => [d.contactId, d]));

async function check(body: Record<string, unknown>, as: 'token' | string = 'token') {
  const client = as === 'token' ? t.withToken(checker) : await t.as(as);
  const res = await client.post('/api/firewall/check', body);
  return { status: res.status, body: await res.json() };
}

describe('firewall check: every reason that applies', () => {
  it('allows an open segment and names unknown contacts', async () => {
    const { status, body } = await check({ channel: 'email', contactIds: ['fw-c-open', 'fw-nobody'] });
    expect(status).toBe(200);
    const d = byContact(body);
    expect(d['fw-c-open']).toEqual({ contactId: 'fw-c-open', allowed: true, segment: 'fw-open', reasons: [] });
    expect(d['fw-nobody']).toEqual({
      contactId: 'fw-nobody',
      allowed: false,
      segment: null,
      reasons: ['unknown_contact'],
    });
    expect(body.summary).toMatchObject({ allowed: 1, blocked: 1 });
    expect(body.summary.byReason.unknown_contact).toBe(1);
  });

  it('blocks a paused segment, except customer-initiated replies and allowed channels', async () => {
    const paused = await check({ channel: 'email', contactIds: ['fw-c-paused'] });
    expect(byContact(paused.body)['fw-c-paused']?.reasons).toEqual(['segment_paused']);
    const reply = await check({ channel: 'email', contactIds: ['fw-c-paused'], customerInitiated: true });
    expect(byContact(reply.body)['fw-c-paused']?.allowed).toBe(true);
    const inApp = await check({ channel: 'in_app', contactIds: ['fw-c-paused'] });
    expect(byContact(inApp.body)['fw-c-paused']?.allowed).toBe(true);
  });

  it('blocks contacts outside the target segment and unknown targets are refused', async () => {
    const { body } = await check({ channel: 'sms', contactIds: ['fw-c-open', 'fw-c-none'], targetSegment: 'fw-open' });
    const d = byContact(body);
    expect(d['fw-c-open']?.allowed).toBe(true);
    expect(d['fw-c-none']).toMatchObject({ segment: null, reasons: ['not_in_target_segment'] });
    const bad = await check({ channel: 'sms', contactIds: ['fw-c-open'], targetSegment: 'fw-missing' });
    expect(bad.status).toBe(422);
    expect(bad.body.issues[0].path).toEqual(['targetSegment']);
  });

  it('requires an owner-approved campaign for segments with approval', async () => {
    const { body } = await check({ channel: 'email', contactIds: ['fw-c-approval'] });
    expect(byContact(body)['fw-c-approval']?.reasons).toEqual(['approval_required']);
  });

  it('applies the frequency cap from reported sends in the rolling window', async () => {
    await addContact(t.db, 'fw-c-cap', [{ segmentKey: 'fw-open', enteredAt: '2026-06-01T00:00:00Z' }]);
    const sender = t.withToken(await tokenWith(t, ['sends:write']));
    const now = t.clock.now().getTime();
    const events = [1, 2, 3].map((i) => ({
      eventId: `fw-cap-${i}`,
      contactId: 'fw-c-cap',
      channel: 'email',
      sentAt: new Date(now - i * 86_400_000).toISOString(),
      source: 'test',
    }));
    // Two in the window, one outside it: under the default cap of 3 in 7 days.
    events[2]!.sentAt = new Date(now - 8 * 86_400_000).toISOString();
    expect((await sender.post('/api/sends', { events })).status).toBe(202);
    expect(byContact((await check({ channel: 'email', contactIds: ['fw-c-cap'] })).body)['fw-c-cap']?.allowed).toBe(
      true,
    );
    const third = { ...events[0]!, eventId: 'fw-cap-4', sentAt: new Date(now - 3_600_000).toISOString() };
    expect((await sender.post('/api/sends', { events: [third] })).status).toBe(202);
    const capped = await check({ channel: 'sms', contactIds: ['fw-c-cap'] });
    expect(byContact(capped.body)['fw-c-cap']?.reasons).toEqual(['frequency_cap']);
  });

  it('collects every reason at once, for a sender in onboarding', async () => {
    const { status, body } = await check(
      { channel: 'email', contactIds: ['fw-c-paused', 'fw-c-open', 'fw-ghost'], targetSegment: 'fw-open' },
      DEMO.newHire,
    );
    expect(status).toBe(200);
    const d = byContact(body);
    expect(d['fw-c-paused']?.reasons).toEqual(['actor_onboarding', 'segment_paused', 'not_in_target_segment']);
    expect(d['fw-ghost']?.reasons).toEqual(['actor_onboarding', 'unknown_contact']);
    expect(body.summary.blocked).toBe(3);
  });

  it('does not hold back a sender past onboarding', async () => {
    const { body } = await check({ channel: 'email', contactIds: ['fw-c-approval'] }, DEMO.marketer);
    expect(byContact(body)['fw-c-approval']?.reasons).toEqual(['approval_required']);
  });
});

describe('the actor', () => {
  it('lets a token name the person the send is for', async () => {
    const { body } = await check({ channel: 'push', contactIds: ['fw-c-open'], actor: DEMO.newHire });
    expect(byContact(body)['fw-c-open']?.reasons).toEqual(['actor_onboarding']);
    const unknown = await check({ channel: 'push', contactIds: ['fw-c-open'], actor: 'nobody@example.com' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.issues[0].path).toEqual(['actor']);
  });

  it('refuses a signed-in caller naming someone else (403 actor_mismatch, audited)', async () => {
    const res = await check({ channel: 'push', contactIds: ['fw-c-open'], actor: DEMO.newHire }, DEMO.marketer);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('actor_mismatch');
    const audit = await (await t.as(DEMO.viewer)).get('/api/audit?action=access.refused&limit=1');
    expect((await audit.json()).items[0].after).toMatchObject({ code: 'actor_mismatch' });
    const same = await check(
      { channel: 'push', contactIds: ['fw-c-open'], actor: DEMO.marketer.toUpperCase() },
      DEMO.marketer,
    );
    expect(same.status).toBe(200);
  });

  it('is closed to viewers and refuses bad input with the field named', async () => {
    expect((await check({ channel: 'email', contactIds: ['x'] }, DEMO.viewer)).status).toBe(403);
    const dup = await check({ channel: 'email', contactIds: ['a', 'b', 'a'] });
    expect(dup.status).toBe(422);
    expect(dup.body.issues[0].path).toEqual(['contactIds', 2]);
    expect((await check({ channel: 'pigeon', contactIds: ['a'] })).status).toBe(422);
    expect((await check({ channel: 'email', contactIds: [] })).status).toBe(422);
    for (const broken of ['a\u0000b', 'lone\ud800', '\udc00x']) {
      const res = await check({ channel: 'email', contactIds: ['fw-c-open', broken] });
      expect(res.status).toBe(422);
      expect(res.body.issues[0].path).toEqual(['contactIds', 1]);
    }
    expect((await check({ channel: 'email', contactIds: ['Zoë 😀'] })).status).toBe(200);
    expect((await t.anonymous.post('/api/firewall/check', { channel: 'email', contactIds: ['a'] })).status).toBe(401);
  });
});

describe('recording and explaining', () => {
  it('stores exact counts and every blocked decision, grouped by segment and reasons, and explains each reason', async () => {
    const { body } = await check({
      channel: 'email',
      contactIds: ['fw-c-open', 'fw-c-paused', 'fw-c-approval', 'fw-x'],
    });
    const q = sql`SELECT contact_count * 1000 + allowed_count * 100 + blocked_count * 10 + segment_unsafe::int AS n
      FROM firewall_requests WHERE id = ${body.requestId}`;
    expect(await count(t.db, q)).toBe(4131);
    const groups = await t.db.execute(sql`
      SELECT segment_key, reasons, contact_ids, contact_count FROM firewall_block_groups
      WHERE request_id = ${body.requestId} ORDER BY id`);
    expect(rowsOf(groups)).toEqual([
      { segment_key: 'fw-paused', reasons: ['segment_paused'], contact_ids: ['fw-c-paused'], contact_count: 1 },
      { segment_key: 'fw-approval', reasons: ['approval_required'], contact_ids: ['fw-c-approval'], contact_count: 1 },
      { segment_key: null, reasons: ['unknown_contact'], contact_ids: ['fw-x'], contact_count: 1 },
    ]);

    const res = await (await t.as(DEMO.viewer)).get(`/api/firewall/requests/${body.requestId}`);
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail).toMatchObject({ contactCount: 4, allowedCount: 1, blockedCount: 3, segmentUnsafe: true });
    const paused = detail.blocked.find((b: { contactId: string }) => b.contactId === 'fw-c-paused');
    expect(paused.reasons[0]).toMatchObject({ code: 'segment_paused', segment: 'fw-paused', segmentVersion: 1 });
    expect(paused.reasons[0].rule).toContain('paused except on in_app');
    const approval = detail.blocked.find((b: { contactId: string }) => b.contactId === 'fw-c-approval');
    expect(approval.reasons[0].rule).toContain('the check named no campaign');
  });

  it('stores contacts blocked alike in one group, whatever their number of sends', async () => {
    const paused = [{ segmentKey: 'fw-paused', enteredAt: '2026-06-01T00:00:00Z' }];
    await addContact(t.db, 'fw-g-quiet', paused);
    await addContact(t.db, 'fw-g-sent', paused);
    const sender = t.withToken(await tokenWith(t, ['sends:write']));
    const now = t.clock.now().getTime();
    // On the window's edges: 7 days ago exactly is outside it, a millisecond later is inside.
    const events = [7 * 86_400_000, 7 * 86_400_000 - 1].map((ago, i) => ({
      eventId: `fw-g-${i}`,
      contactId: 'fw-g-sent',
      channel: 'in_app',
      sentAt: new Date(now - ago).toISOString(),
      source: 'test',
    }));
    expect((await sender.post('/api/sends', { events })).status).toBe(202);
    const { body } = await check({ channel: 'email', contactIds: ['fw-g-quiet', 'fw-g-sent', 'fw-c-open'] });
    expect(body.summary).toMatchObject({ allowed: 1, blocked: 2 });
    const groups = await t.db.execute(sql`
      SELECT reasons, contact_ids FROM firewall_block_groups WHERE request_id = ${body.requestId}`);
    expect(rowsOf(groups)).toEqual([{ reasons: ['segment_paused'], contact_ids: ['fw-g-quiet', 'fw-g-sent'] }]);
    // One send in the window so far; with one more it has two, under the default cap of 3 (it
    // would be three if the send on the edge counted), and a third one reaches the cap.
    const more = (i: number) => ({
      ...events[1]!,
      eventId: `fw-g-${i}`,
      sentAt: new Date(now - i * 60_000).toISOString(),
    });
    expect((await sender.post('/api/sends', { events: [more(2)] })).status).toBe(202);
    const under = await check({ channel: 'email', contactIds: ['fw-g-sent'] });
    expect(byContact(under.body)['fw-g-sent']?.reasons).toEqual(['segment_paused']);
    expect((await sender.post('/api/sends', { events: [more(3)] })).status).toBe(202);
    const capped = await check({ channel: 'email', contactIds: ['fw-g-quiet', 'fw-g-sent'] });
    expect(byContact(capped.body)['fw-g-sent']?.reasons).toEqual(['segment_paused', 'frequency_cap']);
    expect(byContact(capped.body)['fw-g-quiet']?.reasons).toEqual(['segment_paused']);
  });

  it('keeps the request and its blocked decisions unchangeable in the database itself', async () => {
    const { body } = await check({ channel: 'email', contactIds: ['fw-c-paused'] });
    const id = body.requestId as string;
    await expect(t.db.execute(sql`UPDATE firewall_requests SET blocked_count = 0 WHERE id = ${id}`)).rejects.toThrow();
    await expect(t.db.execute(sql`DELETE FROM firewall_requests WHERE id = ${id}`)).rejects.toThrow();
    const groups = sql`firewall_block_groups WHERE request_id = ${id}`;
    await expect(t.db.execute(sql`UPDATE ${groups} SET contact_ids = '{}', contact_count = 0`)).rejects.toThrow();
    await expect(t.db.execute(sql`DELETE FROM ${groups}`)).rejects.toThrow();
    await expect(t.db.execute(sql`TRUNCATE firewall_block_groups`)).rejects.toThrow();
    expect(await count(t.db, sql`SELECT sum(contact_count) AS n FROM ${groups}`)).toBe(1);
  });

  it('answers and records concurrent checks each on their own, though they share statements', async () => {
    const bodies = Array.from({ length: 12 }, (_, i) => ({
      channel: 'email',
      contactIds: i % 3 === 0 ? ['fw-c-open'] : i % 3 === 1 ? ['fw-c-paused', 'fw-c-open'] : ['fw-x', 'fw-c-approval'],
    }));
    const results = await Promise.all(bodies.map((b) => check(b)));
    results.forEach(({ status, body }, i) => {
      expect(status).toBe(200);
      expect(body.decisions.map((d: Decision) => d.contactId)).toEqual(bodies[i]?.contactIds);
    });
    const ids = results.map((r) => r.body.requestId as string);
    expect(new Set(ids).size).toBe(12);
    const rows = await t.db.execute(sql`
      SELECT r.id, r.contact_count, r.blocked_count, count(c.id)::int AS blocks, array_agg(c.id) AS contacts
      FROM firewall_requests r
      LEFT JOIN firewall_block_groups b ON b.request_id = r.id
      LEFT JOIN LATERAL unnest(b.contact_ids) AS c(id) ON true
      WHERE r.id = ANY(${sql.param(ids)}::uuid[]) GROUP BY r.id`);
    type Row = { id: string; contact_count: number; blocked_count: number; blocks: number; contacts: string[] };
    const byId = new Map(rowsOf<Row>(rows).map((r) => [r.id, r]));
    results.forEach(({ body }, i) => {
      const row = byId.get(body.requestId);
      const blocked = body.decisions.filter((d: Decision) => !d.allowed).map((d: Decision) => d.contactId);
      expect(row).toMatchObject({ contact_count: bodies[i]?.contactIds.length, blocked_count: blocked.length });
      expect(row?.blocks).toBe(blocked.length);
      expect(row?.contacts.filter(Boolean).sort()).toEqual([...blocked].sort());
    });
  });

  it('shows a marketer their own requests only', async () => {
    const mine = await check({ channel: 'email', contactIds: ['fw-c-paused'] }, DEMO.marketer);
    const other = await check({ channel: 'email', contactIds: ['fw-c-paused'] });
    const mia = await t.as(DEMO.marketer);
    expect((await mia.get(`/api/firewall/requests/${mine.body.requestId}`)).status).toBe(200);
    expect((await mia.get(`/api/firewall/requests/${other.body.requestId}`)).status).toBe(404);
    const log = await (await mia.get('/api/firewall/decisions?limit=500')).json();
    expect(log.items.length).toBeGreaterThan(0);
    expect(log.items.every((i: { actor: string }) => i.actor === DEMO.marketer)).toBe(true);
  });
});
