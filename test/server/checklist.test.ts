import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST_KEYS } from '#domain/instruments/checklist';
import { tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

/**
 * The decision checklist (docs/rules.md, "Decision checklist"): everyone reads a month's
 * checklist; owner and operations score it, naming the revision they read; notes are linted;
 * every save is audited.
 */
let t: TestApp;
let dana: Client;
let omar: Client;
let mia: Client;
let nick: Client;
let vera: Client;
beforeAll(async () => {
  t = await createTestApp();
  [dana, omar, mia, nick, vera] = await Promise.all([
    t.as(DEMO.owner),
    t.as(DEMO.ops),
    t.as(DEMO.marketer),
    t.as(DEMO.newHire),
    t.as(DEMO.viewer),
  ]);
});
afterAll(() => t.close());

const answer = (key: string, checked = true, note = '') => ({ key, checked, note });
const issuePaths = async (res: Response) =>
  ((await res.json()).issues as { path: (string | number)[] }[]).map((i) => i.path.join('.'));

describe('who may read and score', () => {
  it('lets everyone signed in and a read token read a month', async () => {
    for (const client of [dana, omar, mia, nick, vera]) {
      const res = await client.get('/api/checklist/2026-11');
      expect(res.status).toBe(200);
    }
    const token = t.withToken(await tokenWith(t, ['read']));
    expect((await token.get('/api/checklist/2026-11')).status).toBe(200);
    expect((await token.get('/api/checklist')).status).toBe(200);
    expect((await t.anonymous.get('/api/checklist/2026-11')).status).toBe(401);
  });

  it('refuses marketers, viewers and tokens a save, before looking at the body, and records the refusal', async () => {
    const token = t.withToken(await tokenWith(t, ['read', 'workflows:write', 'outcomes:write']));
    for (const client of [mia, nick, vera, token]) {
      for (const body of [{ revision: 0, items: [answer('segment_gates')] }, { wrong: 1 }]) {
        const res = await client.put('/api/checklist/2026-10', body);
        expect(res.status).toBe(403);
      }
    }
    expect((await t.anonymous.put('/api/checklist/2026-10', { wrong: 1 })).status).toBe(401);
    const refused = await (await dana.get('/api/audit?action=access.refused')).json();
    expect(refused.items.some((e: { targetId: string }) => e.targetId === 'PUT /api/checklist/2026-10')).toBe(true);
    expect((await (await vera.get('/api/checklist/2026-10')).json()).revision).toBe(0);
  });
});

describe('a month', () => {
  it('lists the ten items in order, unanswered, with evidence beside each', async () => {
    const body = await (await vera.get('/api/checklist/2026-09')).json();
    expect(body.items.map((i: { key: string }) => i.key)).toEqual(CHECKLIST_KEYS);
    expect(body).toMatchObject({ month: '2026-09', revision: 0, score: 0, band: 'foundations', updatedBy: null });
    for (const item of body.items) {
      expect(item.checked).toBeNull();
      expect(typeof item.evidence.suggested).toBe('boolean');
      expect(item.evidence.summary.length).toBeGreaterThan(10);
    }
    expect(body.evidenceAsOf).toBe('2026-09-30T23:59:59.999Z');
  });

  it('answers a month that is not YYYY-MM with 422 naming month', async () => {
    for (const bad of ['2026-13', '2026-1', 'november', '1999-12', '2026-11-01', '%00']) {
      const res = await vera.get(`/api/checklist/${bad}`);
      expect(res.status, bad).toBe(422);
      expect(await issuePaths(res)).toContain('month');
    }
  });
});

describe('scoring', () => {
  it('saves answers with the score, band and next actions, audited, and keeps unsent items', async () => {
    const first = await dana.put('/api/checklist/2026-08', {
      revision: 0,
      items: CHECKLIST_KEYS.slice(0, 5).map((k) => answer(k, true, 'Seen in the workflow register.')),
    });
    expect(first.status).toBe(200);
    const saved = await first.json();
    expect(saved).toMatchObject({ revision: 1, score: 5, band: 'gates', updatedBy: { name: 'Dana Reyes' } });
    expect(saved.nextActions.length).toBeGreaterThan(0);
    expect(saved.items[0]).toMatchObject({ checked: true, note: 'Seen in the workflow register.' });

    const second = await omar.put('/api/checklist/2026-08', {
      revision: 1,
      items: [answer('workflow_inventory', false), ...CHECKLIST_KEYS.slice(5, 9).map((k) => answer(k))],
    });
    expect(second.status).toBe(200);
    expect(await second.json()).toMatchObject({ revision: 2, score: 8, band: 'sustain' });
    const read = await (await vera.get('/api/checklist/2026-08')).json();
    expect(read.items.find((i: { key: string }) => i.key === 'criteria_documented')).toMatchObject({
      checked: true,
      note: 'Seen in the workflow register.',
    });
    expect(read.items.find((i: { key: string }) => i.key === 'priority_rules').checked).toBeNull();

    const audit = await (await dana.get('/api/audit?action=checklist.saved')).json();
    const entries = audit.items.filter((e: { targetId: string }) => e.targetId === '2026-08');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ before: { revision: 1, score: 5 }, after: { revision: 2, score: 8 } });
  });

  it('refuses a save naming a revision someone else has saved over with 409, changing nothing', async () => {
    expect((await dana.put('/api/checklist/2026-07', { revision: 0, items: [answer('segment_gates')] })).status).toBe(
      200,
    );
    const stale = await omar.put('/api/checklist/2026-07', { revision: 0, items: [answer('priority_rules')] });
    expect(stale.status).toBe(409);
    expect((await stale.json()).code).toBe('stale_checklist');
    const read = await (await vera.get('/api/checklist/2026-07')).json();
    expect(read).toMatchObject({ revision: 1, score: 1 });
    expect(read.items.find((i: { key: string }) => i.key === 'priority_rules').checked).toBeNull();
  });

  it('refuses a month that has not started with 422 naming month', async () => {
    const res = await dana.put('/api/checklist/2026-12', { revision: 0, items: [answer('segment_gates')] });
    expect(res.status).toBe(422);
    expect(await issuePaths(res)).toContain('month');
  });

  it('lints notes and keeps the findings beside them', async () => {
    const res = await dana.put('/api/checklist/2026-06', {
      revision: 0,
      items: [answer('monthly_meeting', true, 'We wake them up every month with a push.')],
    });
    expect(res.status).toBe(200);
    const item = (await res.json()).items.find((i: { key: string }) => i.key === 'monthly_meeting');
    expect(item.findings).toBeGreaterThan(0);
  });

  it('gives the trend of saved months, oldest first', async () => {
    await dana.put('/api/checklist/2026-05', { revision: 0, items: [answer('segment_gates')] });
    const { items } = await (await vera.get('/api/checklist')).json();
    const months = items.map((i: { month: string }) => i.month);
    expect(months).toEqual([...months].sort());
    expect(items.find((i: { month: string }) => i.month === '2026-05')).toMatchObject({
      score: 1,
      band: 'foundations',
    });
  });
});

describe('hostile input', () => {
  const MEGA = 'x'.repeat(1024 * 1024);
  it('refuses NUL, lone surrogates, 1 MB, unknown keys, __proto__ and duplicates with 422 naming the field', async () => {
    for (const [body, field] of [
      [{ revision: 0, items: [answer('segment_gates', true, 'a\u0000b')] }, 'items.0.note'],
      [{ revision: 0, items: [answer('segment_gates', true, 'a \ud800 b')] }, 'items.0.note'],
      [{ revision: 0, items: [answer('segment_gates', true, MEGA)] }, 'items.0.note'],
      [{ revision: 0, items: [answer('__proto__')] }, 'items.0.key'],
      [{ revision: 0, items: [answer('segment_gates'), answer('segment_gates')] }, 'items'],
      [{ revision: 0, items: [] }, 'items'],
      [{ revision: -1, items: [answer('segment_gates')] }, 'revision'],
      [{ items: [answer('segment_gates')] }, 'revision'],
      [JSON.parse('{"revision": 0, "items": [{"key": "segment_gates", "checked": true}], "__proto__": {"x": 1}}'), ''],
      [
        JSON.parse('{"revision": 0, "items": [{"key": "segment_gates", "checked": true, "__proto__": {"a": 1}}]}'),
        'items.0',
      ],
    ] as [unknown, string][]) {
      const res = await dana.put('/api/checklist/2026-04', body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(await issuePaths(res)).toContain(field);
    }
    expect((await (await vera.get('/api/checklist/2026-04')).json()).revision).toBe(0);
  });
});
