import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptAttributes } from './dictionary-helpers';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { current, newDefinition, RATIONALE } from './proposal-helpers';

let t: TestApp;
let omar: Client;
let mia: Client;
beforeAll(async () => {
  t = await createTestApp();
  await acceptAttributes(t, { tags: 'array' });
  [omar, mia] = await Promise.all([t.as(DEMO.ops), t.as(DEMO.marketer)]);
});
afterAll(() => t.close());

async function scalar(query: ReturnType<typeof sql>): Promise<number> {
  const result = (await t.db.execute(query)) as unknown as { rows: { n: number }[] };
  return Number(result.rows[0]?.n);
}
const vipCount = () => scalar(sql`SELECT count(*)::int AS n FROM contacts WHERE attributes -> 'tags' @> '["vip"]'`);
const memberCount = async (key: string) => (await (await mia.get(`/api/segments/${key}`)).json()).memberCount as number;

// Signs in afresh: tests move the clock past the sessions made in beforeAll.
async function decide(proposal: unknown): Promise<Response> {
  const res = await (await t.as(DEMO.ops)).post('/api/proposals', proposal);
  expect(res.status).toBe(201);
  return (await t.as(DEMO.owner)).post(`/api/proposals/${(await res.json()).id}/approve`, { revision: 1 });
}

describe('impact preview', () => {
  it('counts who would enter a new segment, without writing anything', async () => {
    const vip = await vipCount();
    expect(vip).toBeGreaterThan(10);
    const res = await mia.post('/api/segments/impact', { segmentKey: 'vip-preview', definition: newDefinition() });
    expect(res.status).toBe(200);
    const impact = await res.json();
    const total = await scalar(sql`SELECT count(*)::int AS n FROM contacts`);
    expect(impact).toMatchObject({ enter: vip, leave: 0, membersBefore: 0, membersAfter: vip, total });
    // Contacts in the paused evaluation segment would leave it for the new one.
    const vipInEvaluation = await scalar(
      sql`SELECT count(*)::int AS n FROM contacts WHERE attributes -> 'tags' @> '["vip"]' AND segment_key = 'evaluation'`,
    );
    expect(impact).toMatchObject({ intoPaused: 0, outOfPaused: vipInEvaluation });
    expect(await (await mia.get('/api/segments/vip-preview')).status).toBe(404);
  });

  it('counts contacts moving out of a paused segment when its pause is lifted', async () => {
    const { definition } = await current(mia, 'evaluation');
    const members = await memberCount('evaluation');
    const res = await mia.post('/api/segments/impact', {
      segmentKey: 'evaluation',
      definition: { ...definition, pause: { ...definition.pause, paused: false } },
    });
    expect(await res.json()).toMatchObject({
      enter: 0,
      leave: 0,
      intoPaused: 0,
      outOfPaused: members,
      membersAfter: members,
    });
  });

  it('counts contacts moving into a paused segment, and leaving their current one', async () => {
    const def = newDefinition({ pause: { paused: true, allowCustomerInitiated: true, allowedChannels: [] } });
    const impact = await (await mia.post('/api/segments/impact', { definition: def })).json();
    const vipNotPaused = await scalar(
      sql`SELECT count(*)::int AS n FROM contacts WHERE attributes -> 'tags' @> '["vip"]' AND segment_key IS DISTINCT FROM 'evaluation'`,
    );
    expect(impact.intoPaused).toBe(vipNotPaused);
    expect(impact.enter).toBe(await vipCount());
  });

  it('validates the definition and requires sign-in', async () => {
    const bad = await mia.post('/api/segments/impact', { definition: newDefinition({ priority: -1 }) });
    expect(bad.status).toBe(422);
    expect((await bad.json()).issues[0].path).toEqual(['definition', 'priority']);
    expect((await t.anonymous.post('/api/segments/impact', { definition: newDefinition() })).status).toBe(401);
  });
});

describe('membership on approval', () => {
  it('moves every matching contact into a new segment: stays closed and opened at approval time', async () => {
    const vip = await vipCount();
    const [contactId] = (
      (await t.db.execute(
        sql`SELECT id FROM contacts WHERE attributes -> 'tags' @> '["vip"]' AND segment_key IS NOT NULL ORDER BY id LIMIT 1`,
      )) as unknown as { rows: { id: string }[] }
    ).rows.map((r) => r.id);
    const before = await (await mia.get(`/api/contacts/${contactId}`)).json();
    t.clock.set('2026-11-16T09:30:00Z');
    [omar, mia] = await Promise.all([t.as(DEMO.ops), t.as(DEMO.marketer)]);
    const res = await decide({
      kind: 'create',
      segmentKey: 'vip-accounts',
      definition: newDefinition(),
      rationale: RATIONALE,
    });
    expect(res.status).toBe(200);
    expect(await memberCount('vip-accounts')).toBe(vip);
    const after = await (await mia.get(`/api/contacts/${contactId}`)).json();
    expect(after).toMatchObject({ segmentKey: 'vip-accounts', enteredAt: '2026-11-16T09:30:00.000Z' });
    expect(after.history[0]).toEqual({
      segmentKey: 'vip-accounts',
      enteredAt: '2026-11-16T09:30:00.000Z',
      leftAt: null,
    });
    expect(after.history[1]).toMatchObject({ segmentKey: before.segmentKey, leftAt: '2026-11-16T09:30:00.000Z' });
    expect(after.history).toHaveLength(before.history.length + 1);
    const audit = await (await omar.get('/api/audit?action=proposals.approved')).json();
    expect(audit.items[0].after).toMatchObject({ segmentKey: 'vip-accounts', moved: vip });

    // Retiring it is a proposal too: members return to the segments they match.
    t.clock.set('2026-11-17T10:00:00Z');
    mia = await t.as(DEMO.marketer);
    const retired = await decide({
      kind: 'retire',
      segmentKey: 'vip-accounts',
      baseVersion: 1,
      definition: newDefinition(),
      rationale: RATIONALE,
    });
    expect((await retired.json()).version).toMatchObject({ version: 2, status: 'retired' });
    const { items } = await (await mia.get('/api/segments')).json();
    expect(items.find((s: { key: string }) => s.key === 'vip-accounts')).toMatchObject({
      status: 'retired',
      memberCount: 0,
    });
    const back = await (await mia.get(`/api/contacts/${contactId}`)).json();
    expect(back.segmentKey).toBe(before.segmentKey);
    expect(back.history[1]).toMatchObject({ segmentKey: 'vip-accounts', leftAt: '2026-11-17T10:00:00.000Z' });
    t.clock.set('2026-11-15T12:00:00Z');
    [omar, mia] = await Promise.all([t.as(DEMO.ops), t.as(DEMO.marketer)]);
  });

  it('keeps a retired key taken, and refuses to retire twice', async () => {
    const def = newDefinition({ name: 'Gone soon', criteria: { attr: 'lifecycle', op: 'eq', value: 'nobody' } });
    expect(
      (await decide({ kind: 'create', segmentKey: 'gone-soon', definition: def, rationale: RATIONALE })).status,
    ).toBe(200);
    const retire = { kind: 'retire', segmentKey: 'gone-soon', baseVersion: 1, definition: def, rationale: RATIONALE };
    expect((await decide(retire)).status).toBe(200);
    const again = await (await t.as(DEMO.ops)).post('/api/proposals', { ...retire, baseVersion: 2 });
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('already_retired');
    const recreate = await (await t.as(DEMO.ops)).post('/api/proposals', {
      kind: 'create',
      segmentKey: 'gone-soon',
      definition: def,
      rationale: RATIONALE,
    });
    expect((await recreate.json()).code).toBe('segment_exists');
  });
});
