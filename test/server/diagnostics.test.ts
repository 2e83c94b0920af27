import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIAGNOSTIC_QUESTION_KEYS } from '#domain/instruments/diagnostic';
import { tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

/**
 * The journey diagnostic (docs/rules.md, "Journey diagnostic"): owner and operations take it,
 * everyone reads it; Charter pre-fills what it observes; the report names the weakest theme and
 * compares each theme with the diagnostic before; it exports as Markdown.
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

const answers = (score: (q: string) => number, note = '') =>
  DIAGNOSTIC_QUESTION_KEYS.map((question) => ({ question, score: score(question), note }));
const issuePaths = async (res: Response) =>
  ((await res.json()).issues as { path: (string | number)[] }[]).map((i) => i.path.join('.'));

describe('who may take and read', () => {
  it('refuses marketers, viewers and tokens before looking at the body', async () => {
    const token = t.withToken(await tokenWith(t, ['read', 'workflows:write']));
    for (const client of [mia, vera, token]) {
      for (const body of [{ answers: answers(() => 2) }, { wrong: true }]) {
        expect((await client.post('/api/diagnostics', body)).status).toBe(403);
      }
    }
    expect((await t.anonymous.post('/api/diagnostics', { wrong: true })).status).toBe(401);
    expect((await t.anonymous.get('/api/diagnostics')).status).toBe(401);
  });

  it('lets everyone read the list, with what Charter observes for the next one', async () => {
    const token = t.withToken(await tokenWith(t, ['read']));
    for (const client of [mia, vera, token]) expect((await client.get('/api/diagnostics')).status).toBe(200);
    const { observed } = await (await vera.get('/api/diagnostics')).json();
    const byQuestion = new Map(observed.map((o: { question: string }) => [o.question, o]));
    expect(byQuestion.get('single_owner')).toEqual({
      question: 'single_owner',
      score: 4,
      basis: 'Dana Reyes is the one segmentation owner.',
    });
    expect(byQuestion.get('workflows_gated')).toMatchObject({ score: 4, basis: expect.stringMatching(/^7 of 8/) });
    expect(byQuestion.get('followed_after_launch')).toMatchObject({ basis: expect.stringMatching(/^1 of 6/) });
    // Intent is not observable: the team answers it alone.
    expect(byQuestion.has('goal_led')).toBe(false);
  });
});

describe('taking the diagnostic', () => {
  it('scores it, names the weakest theme, keeps the observations, audits it, and compares with the one before', async () => {
    const [latest] = (await (await vera.get('/api/diagnostics')).json()).items;
    const first = await dana.post('/api/diagnostics', {
      answers: answers(
        (q) => (q === 'assessed_together' || q === 'goal_led' ? 1 : 3),
        'We push them hard at month end.',
      ),
    });
    expect(first.status).toBe(201);
    const one = await first.json();
    expect(one.result).toMatchObject({ overall: 2.6, weakest: 'prioritisation' });
    expect(one.result.nextSteps.length).toBeGreaterThan(0);
    expect(one.previous).toEqual(latest ? { id: latest.id, takenAt: latest.takenAt } : null);
    expect(one.answers.find((a: { question: string }) => a.question === 'single_owner').observed).toMatch(/Dana Reyes/);
    expect(one.answers.every((a: { findings: number }) => a.findings > 0)).toBe(true);

    const second = await (await omar.post('/api/diagnostics', { answers: answers(() => 3) })).json();
    expect(second.previous).toEqual({ id: one.id, takenAt: one.takenAt });
    const prioritisation = second.result.themes.find((x: { theme: string }) => x.theme === 'prioritisation');
    expect(prioritisation).toEqual({ theme: 'prioritisation', score: 3, delta: 2 });

    expect(await (await vera.get(`/api/diagnostics/${one.id}`)).json()).toEqual(one);
    const audit = await (await dana.get('/api/audit?action=diagnostics.taken')).json();
    expect(audit.items.map((e: { targetId: string }) => e.targetId)).toEqual(
      expect.arrayContaining([one.id, second.id]),
    );
    const list = await (await vera.get('/api/diagnostics')).json();
    expect(list.items.slice(0, 2).map((d: { id: string }) => d.id)).toEqual([second.id, one.id]);
  });

  it('exports a report as Markdown, to everyone who reads', async () => {
    const { id } = await (await omar.post('/api/diagnostics', { answers: answers(() => 2, '# heading?') })).json();
    const res = await mia.get(`/api/diagnostics/${id}/export.md`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="charter-diagnostic-2026-11-15\.md"/);
    const md = await res.text();
    expect(md).toMatch(/^# Journey diagnostic, 2026-11-15/);
    expect(md).toContain('> \\# heading?');
  });

  it('answers an unknown id with 404 and a malformed one with 422 naming id', async () => {
    expect((await vera.get('/api/diagnostics/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    for (const bad of ['nope', '%00', 'x'.repeat(5000)]) {
      const res = await vera.get(`/api/diagnostics/${bad}`);
      expect(res.status).toBe(422);
      expect(await issuePaths(res)).toContain('id');
    }
  });
});

describe('hostile input', () => {
  const MEGA = 'x'.repeat(1024 * 1024);
  it('refuses NUL, lone surrogates, 1 MB, unknown keys, __proto__, gaps and out-of-scale scores with 422 naming the field', async () => {
    const withFirst = (patch: Record<string, unknown>) => {
      const a: Record<string, unknown>[] = answers(() => 2);
      a[0] = { ...a[0], ...patch };
      return { answers: a };
    };
    const before = (await (await vera.get('/api/diagnostics')).json()).items.length;
    for (const [body, field] of [
      [withFirst({ note: 'a\u0000b' }), 'answers.0.note'],
      [withFirst({ note: 'a \udc00 b' }), 'answers.0.note'],
      [withFirst({ note: MEGA }), 'answers.0.note'],
      [withFirst({ score: 5 }), 'answers.0.score'],
      [withFirst({ score: 1.5 }), 'answers.0.score'],
      [withFirst({ question: '__proto__' }), 'answers.0.question'],
      [withFirst({ question: DIAGNOSTIC_QUESTION_KEYS[1] }), 'answers'],
      [{ answers: answers(() => 2).slice(1) }, 'answers'],
      [JSON.parse(`{"answers": ${JSON.stringify(answers(() => 2))}, "__proto__": {"x": 1}}`), ''],
    ] as [unknown, string][]) {
      const res = await dana.post('/api/diagnostics', body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(await issuePaths(res)).toContain(field);
    }
    expect((await (await vera.get('/api/diagnostics')).json()).items.length).toBe(before);
  });
});
