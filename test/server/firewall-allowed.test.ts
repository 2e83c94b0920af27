import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '#server/db/rows';
import { tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

/**
 * Allowed decisions stored grouped and explained on the request's detail
 * (docs/decisions/017-allowed-decisions-grouped.md; docs/rules.md, "Why a contact is eligible").
 */
let t: TestApp;
let mia: Client;
let vera: Client;
let requestId: string;
let allowedIds: string[];
beforeAll(async () => {
  t = await createTestApp();
  mia = await t.as(DEMO.marketer);
  vera = await t.as(DEMO.viewer);
  const ids = rowsOf<{ id: string }>(await t.db.execute(sql`SELECT id FROM contacts ORDER BY id LIMIT 60`)).map(
    (r) => r.id,
  );
  const res = await mia.post('/api/firewall/check', { channel: 'in_app', contactIds: ids });
  const body = await res.json();
  requestId = body.requestId;
  allowedIds = body.decisions
    .filter((d: { allowed: boolean }) => d.allowed)
    .map((d: { contactId: string }) => d.contactId);
});
afterAll(() => t.close());

type Group = { id: number; segment: string | null; segmentVersion: number | null; count: number };

async function groupsOf(id: string): Promise<{ rows: { segment_key: string | null; contact_ids: string[] }[] }> {
  const rows = rowsOf<{ segment_key: string | null; contact_ids: string[] }>(
    await t.db.execute(
      sql`SELECT segment_key, contact_ids FROM firewall_allow_groups WHERE request_id = ${id} ORDER BY id`,
    ),
  );
  return { rows };
}

describe('allowed decisions are stored grouped', () => {
  it('one group per segment and version, the contacts in request order, and the detail counts them all', async () => {
    expect(allowedIds.length).toBeGreaterThan(5);
    const { rows } = await groupsOf(requestId);
    expect(rows.flatMap((r) => r.contact_ids).sort()).toEqual([...allowedIds].sort());
    for (const r of rows) expect(r.contact_ids).toEqual(allowedIds.filter((id) => r.contact_ids.includes(id)));
    const detail = await (await mia.get(`/api/firewall/requests/${requestId}`)).json();
    expect(detail.allowedUnrecorded).toBe(0);
    expect(detail.allowed.reduce((n: number, g: Group) => n + g.count, 0)).toBe(detail.allowedCount);
    expect(detail.allowed.map((g: Group) => g.segment)).toEqual(rows.map((r) => r.segment_key));
    for (const g of detail.allowed) expect(g.segmentName).toEqual(g.segment === null ? null : expect.any(String));
  });

  it('a check of 10,000 contacts writes a handful of rows, with the figures unchanged', async () => {
    const crm = t.withToken(await tokenWith(t, ['contacts:write']));
    const plans = ['starter', 'growth', 'enterprise'];
    const contacts = Array.from({ length: 10_000 }, (_, i) => ({
      id: `BIG-${String(i).padStart(5, '0')}`,
      attributes: { lifecycle: i % 2 ? 'customer' : 'lead', plan: plans[i % 3], lead_score: i % 100 },
    }));
    expect((await crm.put('/api/contacts', { contacts })).status).toBe(200);
    const checker = t.withToken(await tokenWith(t, ['firewall:check']));
    const res = await checker.post('/api/firewall/check', { channel: 'in_app', contactIds: contacts.map((c) => c.id) });
    const body = await res.json();
    const { rows } = await groupsOf(body.requestId);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(8);
    expect(rows.reduce((n, r) => n + r.contact_ids.length, 0)).toBe(body.summary.allowed);
    const [request] = rowsOf<{ allowed_count: number }>(
      await t.db.execute(sql`SELECT allowed_count FROM firewall_requests WHERE id = ${body.requestId}`),
    );
    expect(request?.allowed_count).toBe(body.summary.allowed);
  });

  it('an idempotent check stores its allowed groups once, with the key', async () => {
    const checker = t.withToken(await tokenWith(t, ['firewall:check']));
    const body = { channel: 'in_app', contactIds: allowedIds.slice(0, 3) };
    const headers = { 'Idempotency-Key': 'allowed-groups-1' };
    const first = await (await checker.post('/api/firewall/check', body, { headers })).json();
    await checker.post('/api/firewall/check', body, { headers });
    const { rows } = await groupsOf(first.requestId);
    expect(rows.flatMap((r) => r.contact_ids)).toEqual(allowedIds.slice(0, 3));
  });

  it('are append-only, like the blocked ones', async () => {
    for (const statement of [
      sql`UPDATE firewall_allow_groups SET at = at`,
      sql`DELETE FROM firewall_allow_groups`,
      sql`TRUNCATE firewall_allow_groups`,
    ]) {
      const refusal = await t.db.execute(statement).then(
        () => null,
        (err: Error) => String((err.cause as Error | undefined)?.message ?? err.message),
      );
      expect(refusal).toMatch(/append-only/);
    }
  });

  it('seeded history stores its allowed decisions too', async () => {
    const [row] = rowsOf<{ n: number }>(
      await t.db.execute(sql`SELECT count(*)::int AS n FROM firewall_requests q
        WHERE q.allowed_count <> coalesce((SELECT sum(contact_count) FROM firewall_allow_groups g WHERE g.request_id = q.id), 0)`),
    );
    expect(row?.n).toBe(0);
  });
});

describe('an allowed contact explained', () => {
  it('pages a group’s contacts in request order', async () => {
    const detail = await (await vera.get(`/api/firewall/requests/${requestId}`)).json();
    const group = detail.allowed.find((g: Group) => g.count >= 3) as Group;
    const { rows } = await groupsOf(requestId);
    const all = rows[detail.allowed.indexOf(group)]?.contact_ids ?? [];
    const first = await (
      await vera.get(`/api/firewall/requests/${requestId}/allowed?group=${group.id}&limit=2`)
    ).json();
    expect(first).toEqual({ group: group.id, items: all.slice(0, 2), nextOffset: 2 });
    const rest = await (
      await vera.get(`/api/firewall/requests/${requestId}/allowed?group=${group.id}&offset=2&limit=500`)
    ).json();
    expect(rest).toEqual({ group: group.id, items: all.slice(2), nextOffset: null });
    expect((await vera.get(`/api/firewall/requests/${requestId}/allowed?group=999999`)).status).toBe(404);
  });

  it('names the segment version decided in, its conditions matched, and says when the contact changed since', async () => {
    const contactId = allowedIds[0] as string;
    const url = `/api/firewall/requests/${requestId}/allowed/${contactId}`;
    const e = await (await mia.get(url)).json();
    const [stored] = rowsOf<{ segment_key: string | null }>(
      await t.db.execute(sql`SELECT segment_key FROM contacts WHERE id = ${contactId}`),
    );
    expect(e).toMatchObject({ requestId, contactId, segment: stored?.segment_key, updatedSinceDecision: false });
    const decided = e.segments.filter((s: { decided: boolean }) => s.decided);
    expect(decided).toHaveLength(1);
    expect(decided[0]).toMatchObject({ key: stored?.segment_key, version: e.segmentVersion, matched: true });
    expect(decided[0].lines[0].text).toEqual(expect.any(String));
    expect(e.summary).toMatch(new RegExp(`^Allowed in ${decided[0].name} \\(v${e.segmentVersion}, priority`));

    t.clock.advance(60_000);
    const crm = t.withToken(await tokenWith(t, ['contacts:write']));
    await crm.put('/api/contacts', { contacts: [{ id: contactId, attributes: { lifecycle: 'lead', lead_score: 2 } }] });
    const after = await (await mia.get(url)).json();
    expect(after.updatedSinceDecision).toBe(true);
    expect(after.segments.find((s: { decided: boolean }) => s.decided)?.matched).toBe(false);
    expect(after.summary).toContain('no longer meets its rule');
  });

  it('is 404 for a contact the request did not allow', async () => {
    const blocked = rowsOf<{ id: string }>(
      await t.db.execute(
        sql`SELECT unnest(contact_ids) AS id FROM firewall_block_groups WHERE request_id = ${requestId}`,
      ),
    );
    for (const id of [...blocked.map((b) => b.id).slice(0, 1), 'nobody', '__proto__']) {
      expect((await vera.get(`/api/firewall/requests/${requestId}/allowed/${id}`)).status).toBe(404);
    }
  });
});

describe('who may read an allowed decision', () => {
  const paths = () => [
    `/api/firewall/requests/${requestId}`,
    `/api/firewall/requests/${requestId}/allowed?group=1`,
    `/api/firewall/requests/${requestId}/allowed/${allowedIds[0]}`,
  ];

  it('the marketer who asked and firewall readers; another marketer and a token that only checks get 404', async () => {
    const group = (await (await vera.get(paths()[0] as string)).json()).allowed[0].id;
    const urls = paths().map((p) => p.replace('group=1', `group=${group}`));
    for (const who of [DEMO.owner, DEMO.ops, DEMO.viewer, DEMO.marketer]) {
      const client = await t.as(who);
      for (const url of urls) expect([who, url, (await client.get(url)).status]).toEqual([who, url, 200]);
    }
    const nick = await t.as(DEMO.newHire);
    const checker = t.withToken(await tokenWith(t, ['firewall:check']));
    for (const client of [nick, checker]) {
      for (const url of urls) expect([url, (await client.get(url)).status]).toEqual([url, 404]);
    }
  });

  it('refuses callers without firewall access before reading the ids', async () => {
    const writer = t.withToken(await tokenWith(t, ['contacts:write']));
    for (const url of [...paths(), '/api/firewall/requests/not-a-uuid/allowed/%00']) {
      expect([url, (await writer.get(url)).status]).toEqual([url, 403]);
      expect([url, (await t.anonymous.get(url)).status]).toEqual([url, 401]);
    }
  });
});

describe('hostile ids', () => {
  it('answer 4xx, never 500', async () => {
    const base = `/api/firewall/requests/${requestId}`;
    const huge = 'x'.repeat(1_000_000);
    const cases: [string, number][] = [
      [`${base}/allowed/%00`, 422],
      [`${base}/allowed/${'x'.repeat(300)}`, 422],
      [`${base}/allowed/${huge}`, 422],
      [`${base}/allowed/%ED%A0%80`, 404], // not UTF-8 once decoded: kept as sent, and no contact has it
      [`${base}/allowed/%EF%BF%BD`, 404],
      [`/api/firewall/requests/__proto__/allowed/x`, 422],
      [`/api/firewall/requests/%00/allowed/x`, 422],
      [`${base}/allowed?group=__proto__`, 422],
      [`${base}/allowed?group=%00`, 422],
      [`${base}/allowed?group=1&offset=-1`, 422],
      [`${base}/allowed?group=1&limit=100000`, 422],
      [`${base}/allowed?group=${huge}`, 422],
      [`${base}/allowed?group=99999999999999999999`, 422],
      [`${base}/allowed?group=1&extra=1`, 422],
      [`${base}/allowed`, 422],
    ];
    for (const [url, status] of cases) {
      const res = await vera.get(url);
      expect([url.slice(0, 120), res.status]).toEqual([url.slice(0, 120), status]);
      if (status === 422) expect((await res.json()).code).toEqual(expect.any(String));
    }
  });
});
