import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Summary = { key: string; status: string; version: number; paused: boolean; priority: number; memberCount: number };

describe('segments: reading', () => {
  it('lists the five demo segments in evaluation order with member counts', async () => {
    const res = await (await t.as(DEMO.viewer)).get('/api/segments');
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Summary[] };
    expect(items.map((s) => s.key)).toEqual(['dormant', 'at-risk', 'active-customer', 'evaluation', 'new-lead']);
    expect(items.find((s) => s.key === 'evaluation')).toMatchObject({ paused: true, status: 'active', version: 1 });
    expect(items.find((s) => s.key === 'at-risk')?.version).toBe(2);
    const total = items.reduce((n, s) => n + s.memberCount, 0);
    expect(total).toBeGreaterThan(250);
    for (const s of items) expect(s.memberCount).toBeGreaterThan(0);
  });

  it('shows a segment with its current version, names of proposer and approver', async () => {
    const res = await (await t.as(DEMO.marketer)).get('/api/segments/evaluation');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      key: 'evaluation',
      name: 'Evaluation',
      status: 'active',
      current: {
        version: 1,
        priority: 40,
        pause: { paused: true, allowCustomerInitiated: true, allowedChannels: [] },
        approval: 'none',
        transitions: ['active-customer', 'dormant'],
        expectedDwellDays: { min: 7, max: 30 },
        proposedBy: 'Omar Haddad',
        approvedBy: 'Dana Reyes',
      },
    });
    expect(body.memberCount).toBeGreaterThan(0);
    expect(Date.parse(body.current.approvedAt)).toBeLessThan(Date.parse('2026-08-15'));
  });

  it('lists versions newest first with the rationale each was approved on', async () => {
    const res = await (await t.as(DEMO.viewer)).get('/api/segments/at-risk/versions');
    const { items } = await res.json();
    expect(items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(items[0].rationale).toMatch(/Lower the bar to 0.7/);
    expect(items[0].approval).toBe('owner');
    expect(items[1].approval).toBe('none');
    expect(items[1].criteria).not.toEqual(items[0].criteria);
  });

  it('answers 404 for an unknown segment and 422 for a malformed key', async () => {
    const vera = await t.as(DEMO.viewer);
    expect((await vera.get('/api/segments/no-such-segment')).status).toBe(404);
    expect((await vera.get('/api/segments/no-such-segment/versions')).status).toBe(404);
    expect((await vera.get('/api/segments/no-such-segment/members')).status).toBe(404);
    const bad = await vera.get('/api/segments/Not_A_Key');
    expect(bad.status).toBe(422);
  });

  it('pages members newest first by cursor without gaps or repeats', async () => {
    const vera = await t.as(DEMO.viewer);
    const { items: all } = (await (await vera.get('/api/segments')).json()) as { items: Summary[] };
    const expected = all.find((s) => s.key === 'active-customer')?.memberCount ?? 0;
    const seen: string[] = [];
    let cursor: string | undefined;
    let last = Number.POSITIVE_INFINITY;
    do {
      const q = cursor ? `&cursor=${cursor}` : '';
      const page = await (await vera.get(`/api/segments/active-customer/members?limit=25${q}`)).json();
      for (const m of page.items) {
        const at = Date.parse(m.enteredAt);
        expect(at).toBeLessThanOrEqual(last);
        last = at;
        seen.push(m.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(expected);
    expect(new Set(seen).size).toBe(expected);
    const bad = await vera.get('/api/segments/active-customer/members?cursor=nonsense');
    expect(bad.status).toBe(422);
    expect((await bad.json()).issues[0].path).toEqual(['cursor']);
  });

  it('lists contact attributes with inferred types and examples', async () => {
    const res = await (await t.as(DEMO.marketer)).get('/api/contacts/attributes');
    expect(res.status).toBe(200);
    const { items, sampled } = await res.json();
    expect(sampled).toBeGreaterThan(250);
    const byAttr = Object.fromEntries(items.map((a: { attr: string }) => [a.attr, a]));
    expect(byAttr.lead_score.type).toBe('number');
    expect(byAttr.lifecycle.type).toBe('string');
    expect(byAttr.lifecycle.examples).toEqual(expect.arrayContaining(['customer']));
    expect(byAttr.email_opt_in.type).toBe('boolean');
    expect(byAttr.last_seen_at.type).toBe('date');
    expect(byAttr.tags.type).toBe('array');
    expect(byAttr.tags.examples.length).toBeGreaterThan(0);
    for (const a of items) expect(a.examples.length).toBeLessThanOrEqual(5);
  });

  it('keeps published versions immutable in the database itself', async () => {
    const refusal = async (statement: ReturnType<typeof sql>) => {
      try {
        await t.db.execute(statement);
        return 'accepted';
      } catch (err) {
        return String((err as { cause?: Error }).cause?.message ?? err);
      }
    };
    expect(await refusal(sql`UPDATE segment_versions SET priority = 1 WHERE segment_key = 'dormant'`)).toMatch(
      /immutable/,
    );
    expect(await refusal(sql`DELETE FROM segment_versions WHERE segment_key = 'dormant'`)).toMatch(/immutable/);
    const { items } = await (await (await t.as(DEMO.viewer)).get('/api/segments/dormant/versions')).json();
    expect(items[0].priority).toBe(10);
  });

  it('describes the segment, contact and proposal endpoints in the OpenAPI document', async () => {
    const res = await t.anonymous.get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    for (const path of [
      '/segments/{key}/versions',
      '/segments/impact',
      '/contacts',
      '/proposals/{id}/approve',
      '/follow-ups',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    // The criteria tree is recursive: it must be a reference, not an endless expansion.
    expect(doc.components.schemas.Criteria).toBeDefined();
  });

  it('requires sign-in', async () => {
    expect((await t.anonymous.get('/api/segments')).status).toBe(401);
    expect((await t.anonymous.get('/api/contacts/CRM-100001')).status).toBe(401);
  });
});
