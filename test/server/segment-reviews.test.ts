import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptAttributes } from './dictionary-helpers';
import { tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { newDefinition, RATIONALE } from './proposal-helpers';

/**
 * Segment review cadence (docs/rules.md, "Segment review cadence"): each active segment is due for
 * review a quarter (time-relative rules) or a year (the rest) after its approval or last review;
 * the owner marks it reviewed with a linted note, which sets the next date.
 */
let t: TestApp;
let dana: Client;
let omar: Client;
let mia: Client;
let vera: Client;
beforeAll(async () => {
  t = await createTestApp();
  [dana, omar, mia, vera] = await Promise.all([
    t.as(DEMO.owner),
    t.as(DEMO.ops),
    t.as(DEMO.marketer),
    t.as(DEMO.viewer),
  ]);
});
afterAll(() => t.close());

type Summary = {
  key: string;
  review: { cadence: string; dueOn: string; state: string; lastReviewedBy: string | null } | null;
};
const reviews = async () =>
  Object.fromEntries(
    ((await (await vera.get('/api/segments')).json()).items as Summary[]).map((s) => [s.key, s.review]),
  );

describe('review dates', () => {
  it('shows every segment’s date and state in the list: quarterly rules, from approval or last review', async () => {
    // Seeded: every version approved 150 days ago (at-risk v2: 40), dormant reviewed 80 days ago, new-lead 20.
    expect(await reviews()).toEqual({
      dormant: expect.objectContaining({
        cadence: 'quarterly',
        dueOn: '2026-11-27',
        state: 'due',
        lastReviewedBy: 'Dana Reyes',
      }),
      'at-risk': expect.objectContaining({
        cadence: 'quarterly',
        dueOn: '2027-01-06',
        state: 'ok',
        lastReviewedBy: null,
      }),
      'active-customer': expect.objectContaining({ dueOn: '2026-09-18', state: 'overdue' }),
      evaluation: expect.objectContaining({ dueOn: '2026-09-18', state: 'overdue' }),
      'new-lead': expect.objectContaining({ dueOn: '2027-01-26', state: 'ok' }),
    });
    const detail = await (await vera.get('/api/segments/dormant')).json();
    expect(detail.review).toMatchObject({ dueOn: '2026-11-27', state: 'due' });
  });

  it('gives a rule with no time-relative condition a year, and a retired segment none', async () => {
    await acceptAttributes(t, { tags: 'array' });
    const created = await omar.post('/api/proposals', {
      kind: 'create',
      segmentKey: 'vip-yearly',
      definition: newDefinition(),
      rationale: RATIONALE,
    });
    await dana.post(`/api/proposals/${(await created.json()).id}/approve`, { revision: 1 });
    expect((await reviews())['vip-yearly']).toMatchObject({ cadence: 'yearly', dueOn: '2027-11-15', state: 'ok' });
  });
});

describe('marking a segment reviewed', () => {
  it('lets only the owner mark it, checking the role before the body', async () => {
    for (const client of [omar, mia, vera]) {
      expect((await client.post('/api/segments/evaluation/review', { note: 'Looked at it carefully.' })).status).toBe(
        403,
      );
      expect((await client.post('/api/segments/evaluation/review', { wrong: 1 })).status).toBe(403);
    }
    const token = t.withToken(await tokenWith(t, ['read', 'contacts:write', 'firewall:check']));
    expect((await token.post('/api/segments/evaluation/review', { note: 'Looked at it carefully.' })).status).toBe(403);
    expect((await t.anonymous.post('/api/segments/evaluation/review', { note: 'x' })).status).toBe(401);
  });

  it('sets the next date a quarter on, keeps the linted note, audits it, and clears the overdue state', async () => {
    const res = await dana.post('/api/segments/evaluation/review', {
      note: 'Trial length and the 90-day window still match how people wake them up.',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      cadence: 'quarterly',
      dueOn: '2027-02-15',
      state: 'ok',
      lastReviewedAt: '2026-11-15T12:00:00.000Z',
      lastReviewedBy: 'Dana Reyes',
    });
    expect((await reviews()).evaluation).toMatchObject({ dueOn: '2027-02-15', state: 'ok' });
    const history = await (await vera.get('/api/segments/evaluation/reviews')).json();
    expect(history.items[0]).toMatchObject({
      version: 1,
      reviewedBy: 'Dana Reyes',
      nextDue: '2027-02-15',
      noteFindings: 1,
    });
    const audit = await (await dana.get('/api/audit?action=segments.reviewed')).json();
    expect(audit.items[0]).toMatchObject({
      targetId: 'evaluation',
      before: { dueOn: '2026-09-18', state: 'overdue' },
      after: { version: 1, nextDue: '2027-02-15' },
    });
  });

  it('refuses a short or hostile note with 422 naming it, an unknown segment with 404, a retired one with 409', async () => {
    for (const note of ['ok', 'A note\u0000with a NUL.', 'A note \udc00 with a lone surrogate.', 'x'.repeat(1 << 20)]) {
      const res = await dana.post('/api/segments/dormant/review', { note });
      expect(res.status).toBe(422);
      expect((await res.json()).issues[0].path).toEqual(['note']);
    }
    expect(
      (
        await dana.post(
          '/api/segments/dormant/review',
          JSON.parse('{"note": "Long enough note.", "__proto__": {"a": 1}}'),
        )
      ).status,
    ).toBe(422);
    expect((await dana.post('/api/segments/no-such-one/review', { note: 'Looked at it carefully.' })).status).toBe(404);
    for (const bad of ['__proto__', '%00', 'X'.repeat(100)]) {
      expect((await dana.post(`/api/segments/${bad}/review`, { note: 'Looked at it carefully.' })).status).toBe(422);
    }
    await t.db.execute(`UPDATE segments SET status = 'retired' WHERE key = 'vip-yearly'` as never);
    const retired = await dana.post('/api/segments/vip-yearly/review', { note: 'Looked at it carefully.' });
    expect(retired.status).toBe(409);
    expect((await retired.json()).code).toBe('segment_retired');
  });
});
