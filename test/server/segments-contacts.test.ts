import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './harness';

let t: TestApp;
let token = '';
beforeAll(async () => {
  t = await createTestApp();
  const created = await (await t.as(DEMO.ops)).post('/api/tokens', { name: 'crm sync', scopes: ['contacts:write'] });
  token = (await created.json()).token;
});
afterAll(() => t.close());

const DAY = 86_400_000;
const daysAgo = (d: number) => new Date(Date.parse('2026-11-15T12:00:00Z') - d * DAY).toISOString();
const lead = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  attributes: { lifecycle: 'lead', lead_score: 40, last_seen_at: daysAgo(2), ...extra },
});

describe('contacts: upsert and membership', () => {
  it('upserts with a contacts:write token and places new contacts in their segment', async () => {
    const res = await t
      .withToken(token)
      .put('/api/contacts', { contacts: [lead('T-1'), lead('T-2', { lead_score: 3 })] });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ upserted: 2, moved: 1, discovered: 0 });
    const vera = await t.as(DEMO.viewer);
    const one = await (await vera.get('/api/contacts/T-1')).json();
    expect(one).toMatchObject({ id: 'T-1', segmentKey: 'new-lead', enteredAt: '2026-11-15T12:00:00.000Z' });
    expect(one.history).toEqual([{ segmentKey: 'new-lead', enteredAt: '2026-11-15T12:00:00.000Z', leftAt: null }]);
    const two = await (await vera.get('/api/contacts/T-2')).json();
    expect(two).toMatchObject({ segmentKey: null, enteredAt: null, history: [] });
  });

  it('moves a contact when its attributes change: one stay closes, the next opens', async () => {
    const crm = t.withToken(token);
    await crm.put('/api/contacts', { contacts: [lead('T-3')] });
    t.clock.advance(3 * DAY);
    const trial = { id: 'T-3', attributes: { lifecycle: 'trial', last_seen_at: daysAgo(0) } };
    expect(await (await crm.put('/api/contacts', { contacts: [trial] })).json()).toEqual({
      upserted: 1,
      moved: 1,
      discovered: 0,
    });
    const again = await (await crm.put('/api/contacts', { contacts: [trial] })).json();
    expect(again).toEqual({ upserted: 1, moved: 0, discovered: 0 });
    const contact = await (await (await t.as(DEMO.viewer)).get('/api/contacts/T-3')).json();
    expect(contact.segmentKey).toBe('evaluation');
    expect(contact.attributes).toEqual(trial.attributes);
    expect(contact.history).toEqual([
      { segmentKey: 'evaluation', enteredAt: '2026-11-18T12:00:00.000Z', leftAt: null },
      { segmentKey: 'new-lead', enteredAt: '2026-11-15T12:00:00.000Z', leftAt: '2026-11-18T12:00:00.000Z' },
    ]);
    t.clock.set('2026-11-15T12:00:00Z');
  });

  it('takes the lowest priority value among matching segments', async () => {
    // A customer matches active-customer (30) and, with high churn risk, at-risk (20) too.
    const customer = {
      id: 'T-4',
      attributes: { lifecycle: 'customer', plan: 'growth', churn_risk: 0.9, last_seen_at: daysAgo(1) },
    };
    await t.withToken(token).put('/api/contacts', { contacts: [customer] });
    const contact = await (await (await t.as(DEMO.viewer)).get('/api/contacts/T-4')).json();
    expect(contact.segmentKey).toBe('at-risk');
  });

  it('closes the stay when a contact no longer matches any segment', async () => {
    const crm = t.withToken(token);
    await crm.put('/api/contacts', { contacts: [lead('T-5')] });
    const res = await crm.put('/api/contacts', { contacts: [lead('T-5', { lead_score: 1 })] });
    expect((await res.json()).moved).toBe(1);
    const contact = await (await (await t.as(DEMO.viewer)).get('/api/contacts/T-5')).json();
    expect(contact.segmentKey).toBeNull();
    expect(contact.history).toHaveLength(1);
    expect(contact.history[0].leftAt).not.toBeNull();
  });

  it('shows seeded contacts with history that ends in their current segment', async () => {
    const vera = await t.as(DEMO.viewer);
    const { items } = await (await vera.get('/api/segments/at-risk/members?limit=5')).json();
    const contact = await (await vera.get(`/api/contacts/${items[0].id}`)).json();
    expect(contact.segmentKey).toBe('at-risk');
    expect(contact.history[0]).toMatchObject({ segmentKey: 'at-risk', leftAt: null, enteredAt: contact.enteredAt });
    for (let i = 1; i < contact.history.length; i++) {
      expect(contact.history[i].leftAt).toBe(contact.history[i - 1].enteredAt);
    }
  });

  it('records each upsert in the audit log', async () => {
    await t.withToken(token).put('/api/contacts', { contacts: [lead('T-6')] });
    const { items } = await (await (await t.as(DEMO.ops)).get('/api/audit?action=contacts.upserted')).json();
    expect(items[0]).toMatchObject({ actor: 'token:crm sync', after: { upserted: 1, ids: ['T-6'] } });
  });

  it('lets operations upsert, and refuses marketers, viewers and read-only tokens', async () => {
    expect((await (await t.as(DEMO.ops)).put('/api/contacts', { contacts: [lead('T-7')] })).status).toBe(200);
    for (const email of [DEMO.marketer, DEMO.viewer, DEMO.owner]) {
      const res = await (await t.as(email)).put('/api/contacts', { contacts: [lead('T-8')] });
      expect(res.status).toBe(403);
      expect((await res.json()).code).toBe('forbidden');
    }
    const created = await (await t.as(DEMO.ops)).post('/api/tokens', { name: 'reader', scopes: ['read'] });
    const reader = t.withToken((await created.json()).token);
    expect((await reader.put('/api/contacts', { contacts: [lead('T-8')] })).status).toBe(403);
    expect((await reader.get('/api/contacts/T-7')).status).toBe(200);
    expect((await t.anonymous.put('/api/contacts', { contacts: [lead('T-8')] })).status).toBe(401);
  });

  it('rejects bad batches with the field named', async () => {
    const crm = t.withToken(token);
    const dup = await crm.put('/api/contacts', { contacts: [lead('T-9'), lead('T-10'), lead('T-9')] });
    expect(dup.status).toBe(422);
    expect((await dup.json()).issues[0].path).toEqual(['contacts', 2, 'id']);
    const empty = await crm.put('/api/contacts', { contacts: [] });
    expect(empty.status).toBe(422);
    const tooMany = Array.from({ length: 10_001 }, (_, i) => ({ id: `X-${i}`, attributes: {} }));
    const big = await crm.put('/api/contacts', { contacts: tooMany });
    expect(big.status).toBe(422);
    expect((await big.json()).issues[0].path).toEqual(['contacts']);
    const noAttrs = await crm.put('/api/contacts', { contacts: [{ id: 'T-11' }] });
    expect((await noAttrs.json()).issues[0].path).toEqual(['contacts', 0, 'attributes']);
    expect((await (await t.as(DEMO.viewer)).get('/api/contacts/T-9')).status).toBe(404);
  });

  it('accepts 10,000 contacts in one call', async () => {
    const batch = Array.from({ length: 10_000 }, (_, i) => lead(`BULK-${i}`, { lead_score: i % 20 }));
    const res = await t.withToken(token).put('/api/contacts', { contacts: batch });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ upserted: 10_000, moved: 5_000, discovered: 0 });
  });
});
