import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { file, RISK, withdrawal } from './exception-helpers';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

let t: TestApp;
let mia: Client;
beforeAll(async () => {
  t = await createTestApp();
  mia = await t.as(DEMO.marketer);
});
afterAll(() => t.close());

const start = async (client: Client, values: Record<string, unknown> = { segmentKey: 'evaluation' }) => {
  const res = await client.post('/api/exceptions/drafts', { step: 'segment', values });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; step: string; values: Record<string, unknown> };
};

describe('exception drafts: saved as the wizard goes, resumable', () => {
  it('creates, saves and resumes a draft at its step, half-finished answers included', async () => {
    const draft = await start(mia);
    expect(draft).toMatchObject({ step: 'segment', values: { segmentKey: 'evaluation' } });
    const values = {
      segmentKey: 'evaluation',
      riskCategory: 'message_fatigue',
      riskStatement: 'Too short yet',
      proposal: { definition: { criteria: { attr: 'lifecycle', op: 'eq' } }, rationale: '' },
    };
    const saved = await mia.put(`/api/exceptions/drafts/${draft.id}`, { step: 'risk', values });
    expect(saved.status).toBe(200);
    const resumed = await (await mia.get(`/api/exceptions/drafts/${draft.id}`)).json();
    expect(resumed).toMatchObject({ id: draft.id, step: 'risk', values });
    // Every save is a change, audited with what it was and what it became.
    const audit = await (await (await t.as(DEMO.owner)).get(`/api/audit?target=${draft.id}`)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual([
      'exceptions.draft_saved',
      'exceptions.draft_started',
    ]);
    expect(audit.items[0]).toMatchObject({
      actor: DEMO.marketer,
      before: { step: 'segment', riskCategory: null },
      after: {
        step: 'risk',
        segmentKey: 'evaluation',
        riskCategory: 'message_fatigue',
        riskStatement: 'Too short yet',
      },
    });
    const mine = (await (await mia.get('/api/exceptions?mine=true&status=draft')).json()).items;
    expect(mine).toContainEqual(
      expect.objectContaining({ id: draft.id, outcome: 'draft', step: 'risk', segmentName: 'Evaluation' }),
    );
  });

  it('keeps drafts private to their requester', async () => {
    const draft = await start(mia);
    const dana = await t.as(DEMO.owner);
    expect((await dana.get(`/api/exceptions/${draft.id}`)).status).toBe(404);
    const all = (await (await dana.get('/api/exceptions')).json()).items;
    expect(all.some((e: { id: string }) => e.id === draft.id)).toBe(false);
    const nick = await t.as(DEMO.newHire);
    expect((await nick.get(`/api/exceptions/drafts/${draft.id}`)).status).toBe(404);
    expect((await nick.put(`/api/exceptions/drafts/${draft.id}`, { step: 'risk', values: {} })).status).toBe(404);
    expect((await nick.delete(`/api/exceptions/drafts/${draft.id}`)).status).toBe(404);
    expect(
      (await (await t.as(DEMO.viewer)).post('/api/exceptions/drafts', { step: 'segment', values: {} })).status,
    ).toBe(403);
  });

  it('turns the draft into the request when it is filed, after which it is no longer a draft', async () => {
    const draft = await start(mia);
    const created = await file(mia, withdrawal({ draftId: draft.id }));
    expect(created.id).toBe(draft.id);
    const detail = await (await mia.get(`/api/exceptions/${draft.id}`)).json();
    expect(detail).toMatchObject({ outcome: 'withdrawn', riskStatement: RISK, step: null });
    const again = await mia.get(`/api/exceptions/drafts/${draft.id}`);
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('already_filed');
    expect((await mia.put(`/api/exceptions/drafts/${draft.id}`, { step: 'risk', values: {} })).status).toBe(409);
    const refile = await mia.post('/api/exceptions', withdrawal({ draftId: draft.id }));
    expect(refile.status).toBe(409);
    const foreign = await mia.post(
      '/api/exceptions',
      withdrawal({ draftId: (await start(await t.as(DEMO.newHire))).id }),
    );
    expect(foreign.status).toBe(422);
    expect((await foreign.json()).issues[0].path).toEqual(['draftId']);
  });

  it('discards a draft', async () => {
    const draft = await start(mia);
    expect((await mia.delete(`/api/exceptions/drafts/${draft.id}`)).status).toBe(204);
    expect((await mia.get(`/api/exceptions/drafts/${draft.id}`)).status).toBe(404);
  });

  it('refuses unknown keys and bad values in a draft, naming them', async () => {
    const cases: [unknown, (string | number)[]][] = [
      [{ step: 'segment', values: { sendOnce: true } }, ['values']],
      [{ step: 'skip', values: {} }, ['step']],
      [{ step: 'risk', values: { riskCategory: 'impatience' } }, ['values', 'riskCategory']],
      [{ step: 'risk', values: { riskStatement: 'x'.repeat(2001) } }, ['values', 'riskStatement']],
      [{ step: 'risk', values: {}, override: true }, []],
    ];
    for (const [body, path] of cases) {
      const res = await mia.post('/api/exceptions/drafts', body);
      expect(res.status).toBe(422);
      expect((await res.json()).issues.map((i: { path: unknown }) => i.path)).toContainEqual(path);
    }
  });
});
