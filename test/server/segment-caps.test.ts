import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addContact, addSegment, count, tokenWith } from './firewall-fixtures';
import { createTestApp, DEMO, type TestApp } from './harness';

/**
 * A segment's own frequency cap (docs/firewall.md, "Frequency cap"): set and cleared only by an
 * approved setting proposal, applied with the workspace cap (the stricter wins) to that segment's
 * contacts only.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await addSegment(t.db, 'cap-tight', { approvedAt: '2026-06-01T00:00:00Z' });
  await addSegment(t.db, 'cap-loose', { approvedAt: '2026-06-01T00:00:00Z' });
  await addContact(t.db, 'cap-1', [{ segmentKey: 'cap-tight', enteredAt: '2026-06-01T00:00:00Z' }]);
  await addContact(t.db, 'cap-2', [{ segmentKey: 'cap-loose', enteredAt: '2026-06-01T00:00:00Z' }]);
  const sender = t.withToken(await tokenWith(t, ['sends:write']));
  const sentAt = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
  const res = await sender.post('/api/sends', {
    events: ['cap-1', 'cap-2'].map((c) => ({
      eventId: `cap-send-${c}`,
      contactId: c,
      channel: 'email',
      sentAt,
      source: 'test',
    })),
  });
  expect(res.status).toBe(202);
});
afterAll(() => t.close());

const RATIONALE = 'At-risk customers told support they hear from us too often.';
async function propose(value: unknown, who: string = DEMO.ops) {
  return (await t.as(who)).post('/api/firewall/settings/proposals', {
    settingKey: 'segment_frequency_cap',
    value,
    rationale: RATIONALE,
  });
}
async function approve(id: string) {
  const res = await (await t.as(DEMO.owner)).post(`/api/firewall/settings/proposals/${id}/approve`, { revision: 1 });
  expect(res.status).toBe(200);
  return res.json();
}
const reasons = async () => {
  const res = await (await t.as(DEMO.marketer)).post('/api/firewall/check', {
    channel: 'email',
    contactIds: ['cap-1', 'cap-2'],
  });
  return ((await res.json()).decisions as { reasons: string[] }[]).map((d) => d.reasons);
};

describe('a segment frequency cap', () => {
  it('blocks only that segment’s contacts once approved, with the frequency reason, and clears the same way', async () => {
    expect(await reasons()).toEqual([[], []]);
    const res = await propose({ segment: 'cap-tight', max: 1 });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    expect(await reasons()).toEqual([[], []]); // proposed is not in force
    const own = await (await t.as(DEMO.ops)).post(`/api/firewall/settings/proposals/${id}/approve`, { revision: 1 });
    expect((await own.json()).code).toBe('self_approval');

    const proposal = await (await (await t.as(DEMO.viewer)).get(`/api/firewall/settings/proposals/${id}`)).json();
    expect(proposal).toMatchObject({
      value: { segment: 'cap-tight', max: 1 },
      inForce: { segment: 'cap-tight', max: null },
    });
    expect((await approve(id)).setting).toEqual({
      key: 'segment_frequency_cap',
      value: { segment: 'cap-tight', max: 1 },
      inForce: true,
    });
    expect(await reasons()).toEqual([['frequency_cap'], []]);
    const view = await (await (await t.as(DEMO.viewer)).get('/api/firewall/settings')).json();
    expect(view.segmentFrequencyCaps).toEqual([{ segment: 'cap-tight', max: 1 }]);
    expect(view.frequencyCap).toEqual({ max: 3, windowDays: 7 });

    // The request detail says which cap decided it.
    const check = await (await t.as(DEMO.ops)).post('/api/firewall/check', { channel: 'email', contactIds: ['cap-1'] });
    const { requestId } = await check.json();
    const detail = await (await (await t.as(DEMO.ops)).get(`/api/firewall/requests/${requestId}`)).json();
    expect(detail.blocked[0].reasons[0].rule).toMatch(/cap-tight's own cap, setting segment_frequency_cap/);

    // A second segment's cap has its own version: proposals for two segments never make each other stale.
    const loose = (await (await propose({ segment: 'cap-loose', max: 5 })).json()).id;
    const clear = (await (await propose({ segment: 'cap-tight', max: null })).json()).id;
    await approve(loose);
    await approve(clear);
    expect(await reasons()).toEqual([[], []]); // the looser segment cap changes nothing; the other is cleared
    const audit = await count(
      t.db,
      sql`SELECT count(*) AS n FROM audit_entries WHERE action = 'settings.changed' AND target_id = 'segment_frequency_cap:cap-tight'`,
    );
    expect(audit).toBe(2);
  });

  it('cannot be set directly: only operations proposes, and no route writes a setting', async () => {
    for (const who of [DEMO.owner, DEMO.marketer, DEMO.viewer]) {
      expect((await propose({ segment: 'cap-tight', max: 1 }, who)).status).toBe(403);
    }
    const dana = await t.as(DEMO.owner);
    for (const [method, path] of [
      ['put', '/api/firewall/settings'],
      ['patch', '/api/firewall/settings'],
      ['post', '/api/firewall/settings'],
    ] as const) {
      const res = await dana[method](path, { segmentFrequencyCaps: [{ segment: 'cap-loose', max: 1 }] });
      expect([404, 405]).toContain(res.status);
    }
    const token = t.withToken(await tokenWith(t, ['read', 'firewall:check', 'sends:write']));
    const res = await token.post('/api/firewall/settings/proposals', {
      settingKey: 'segment_frequency_cap',
      value: { segment: 'cap-loose', max: 1 },
      rationale: RATIONALE,
    });
    expect(res.status).toBe(403);
  });

  it('refuses hostile values naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ segment: 'cap-tight', max: 0 }, 'value.max'],
      [{ segment: 'cap-tight', max: 1.5 }, 'value.max'],
      [{ segment: 'cap-tight', max: 101 }, 'value.max'],
      [{ segment: 'cap-tight', max: '1' }, 'value.max'],
      [{ segment: 'cap-tight' }, 'value.max'],
      [{ segment: 'no-such-segment', max: 1 }, 'value.segment'],
      [{ segment: 'cap\u0000tight', max: 1 }, 'value.segment'],
      [{ segment: '\uD800', max: 1 }, 'value.segment'],
      [{ segment: '__proto__', max: 1 }, 'value.segment'],
      [{ segment: 'cap-tight', max: 1, windowDays: 1 }, 'value'],
      [JSON.parse('{"__proto__": {"max": 1}, "segment": "cap-tight"}'), 'value'],
    ];
    for (const [value, field] of cases) {
      const res = await propose(value);
      expect(res.status, JSON.stringify(value)).toBe(422);
      const paths = ((await res.json()).issues as { path: (string | number)[] }[]).map((i) => i.path.join('.'));
      expect(
        paths.some((p) => p === field || p.startsWith(`${field}.`)),
        `${JSON.stringify(value)} → ${paths}`,
      ).toBe(true);
    }
    const huge = await propose({ segment: 'x'.repeat(1_000_000), max: 1 });
    expect([413, 422]).toContain(huge.status);
    const retired = await t.db.execute(sql`UPDATE segments SET status = 'retired' WHERE key = 'cap-loose'`);
    expect(retired).toBeTruthy();
    const res = await propose({ segment: 'cap-loose', max: 1 });
    expect((await res.json()).issues[0]).toMatchObject({ path: ['value', 'segment'], message: 'cap-loose is retired' });
  });

  it('is not approved for a segment retired after it was proposed', async () => {
    await addSegment(t.db, 'cap-retiring', { approvedAt: '2026-06-01T00:00:00Z' });
    const res = await propose({ segment: 'cap-retiring', max: 2 });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    // Retired while the proposal waited, as an approved retirement leaves it.
    await t.db.execute(sql`UPDATE segments SET status = 'retired' WHERE key = 'cap-retiring'`);
    const owner = await t.as(DEMO.owner);
    const refused = await owner.post(`/api/firewall/settings/proposals/${id}/approve`, { revision: 1 });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: 'segment_retired' });
    const after = await (await owner.get(`/api/firewall/settings/proposals/${id}`)).json();
    expect(after.status).toBe('open');
    const caps = (await (await owner.get('/api/firewall/settings')).json()).segmentFrequencyCaps;
    expect(JSON.stringify(caps)).not.toContain('cap-retiring');
  });
});
