import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backlog, backlogItem, fileItem, rankItem } from './backlog-helpers';
import { tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

/**
 * The change backlog (docs/rules.md, "Backlog"): who may file, edit, rank and decline; the states an
 * item moves through; links to what exists; the suggested order; hostile input.
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

const issuePaths = async (res: Response) =>
  ((await res.json()).issues ?? []).map((i: { path: (string | number)[] }) => i.path.join('.'));
const auditActions = async (id: string) => {
  const res = await dana.get(`/api/audit?target=${id}`);
  return ((await res.json()).items as { action: string }[]).map((e) => e.action);
};

describe('filing', () => {
  it('lets owner, operations and marketers file; viewers and tokens may not', async () => {
    for (const [client, n] of [
      [dana, 1],
      [omar, 2],
      [mia, 3],
    ] as const) {
      const res = await client.post('/api/backlog', backlogItem(`Filed by role ${n}`));
      expect(res.status, await res.clone().text()).toBe(201);
      expect(await res.json()).toMatchObject({ status: 'intake', ownerRank: null, score: 2.25 });
    }
    expect((await vera.post('/api/backlog', backlogItem('Viewer tries'))).status).toBe(403);
    const writer = t.withToken(await tokenWith(t, ['read', 'workflows:write', 'contacts:write']));
    expect((await writer.post('/api/backlog', backlogItem('Token tries'))).status).toBe(403);
    expect((await writer.get('/api/backlog')).status).toBe(200);
    expect((await vera.get('/api/backlog')).status).toBe(200);
    expect((await t.anonymous.get('/api/backlog')).status).toBe(401);
  });

  it('records the requester and an audit entry, and explains the score', async () => {
    const id = await fileItem(mia, 'Audited filing', { value: 4, effort: 2, urgency: 'high' });
    const item = await (await vera.get(`/api/backlog/${id}`)).json();
    expect(item).toMatchObject({
      requester: { name: 'Mia Lindqvist' },
      score: 4,
      scoreExplained: 'value 4 × 2 (high urgency) ÷ effort 2 = 4',
      segments: ['evaluation'],
    });
    expect(await auditActions(id)).toContain('backlog.filed');
  });

  it('refuses links to segments, workflows, exceptions and proposals that do not exist, naming the field', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    for (const [over, field] of [
      [{ segments: ['evaluation', 'no-such-segment'] }, 'segments.1'],
      [{ workflows: [none] }, 'workflows.0'],
      [{ fromExceptionId: none }, 'fromExceptionId'],
      [{ fromProposalId: none }, 'fromProposalId'],
      [{ value: 6 }, 'value'],
      [{ effort: 0 }, 'effort'],
      [{ urgency: 'yesterday' }, 'urgency'],
    ] as const) {
      const res = await mia.post('/api/backlog', backlogItem('Bad link', over));
      expect(res.status).toBe(422);
      expect(await issuePaths(res)).toContain(field);
    }
  });

  it('links a filed exception request and a workflow that exist', async () => {
    const { items: exceptions } = await (await dana.get('/api/exceptions')).json();
    const { items: workflows } = await (await dana.get('/api/workflows')).json();
    const id = await fileItem(omar, 'From an exception', {
      fromExceptionId: exceptions[0].id,
      workflows: [workflows[0].id],
    });
    const item = await (await vera.get(`/api/backlog/${id}`)).json();
    expect(item.fromExceptionId).toBe(exceptions[0].id);
    expect(item.workflows).toEqual([{ id: workflows[0].id, name: workflows[0].name }]);
    // The request shows what was filed from it, so nobody files it twice.
    const request = await (await dana.get(`/api/exceptions/${exceptions[0].id}`)).json();
    expect(request.backlogItems).toContainEqual({ id, title: 'From an exception' });
    const other = await (await dana.get(`/api/exceptions/${exceptions[1].id}`)).json();
    expect(other.backlogItems.map((i: { id: string }) => i.id)).not.toContain(id);
  });
});

describe('hostile input', () => {
  const MEGA = 'x'.repeat(1024 * 1024);
  it('refuses NUL, lone surrogates, __proto__ and 1 MB with 422 naming the field, and stores nothing', async () => {
    const before = (await backlog(vera)).items.length;
    for (const [body, field] of [
      [backlogItem('A title\u0000with NUL'), 'title'],
      [backlogItem('Lone \ud800 surrogate'), 'title'],
      [backlogItem('Big goal', { goal: MEGA }), 'goal'],
      [backlogItem(MEGA), 'title'],
      [backlogItem('Goal with NUL', { goal: 'A goal\u0000hidden in it' }), 'goal'],
      [JSON.parse(JSON.stringify(backlogItem('Proto item')).replace('{', '{"__proto__": {"status": "done"}, ')), ''],
      [JSON.parse('{"title": "Proto only", "__proto__": {"value": 5}}'), 'goal'],
    ] as [unknown, string][]) {
      const res = await mia.post('/api/backlog', body);
      expect(res.status).toBe(422);
      expect(await issuePaths(res)).toContain(field);
    }
    const id = await fileItem(mia, 'Hostile edits');
    for (const [patch, field] of [
      [{ goal: 'NUL\u0000 inside' }, 'goal'],
      [{ title: '\udc00 lone low' }, 'title'],
      [{ title: MEGA }, 'title'],
    ] as const) {
      const res = await mia.patch(`/api/backlog/${id}`, patch);
      expect(res.status).toBe(422);
      expect(await issuePaths(res)).toContain(field);
    }
    const decline = await dana.patch(`/api/backlog/${id}`, { status: 'declined', rationale: `Because\u0000${MEGA}` });
    expect(decline.status).toBe(422);
    expect(await issuePaths(decline)).toContain('rationale');
    expect((await backlog(vera)).items.length).toBe(before + 1);
    expect((await dana.get('/api/backlog/__proto__')).status).toBe(422);
    expect((await dana.patch('/api/backlog/__proto__', { status: 'ranked' })).status).toBe(422);
  });
});

describe('editing', () => {
  it('lets the requester edit their own item in intake, the owner any open one, nobody else', async () => {
    const id = await fileItem(mia, 'Editable item');
    expect((await mia.patch(`/api/backlog/${id}`, { effort: 1 })).status).toBe(200);
    expect((await omar.patch(`/api/backlog/${id}`, { effort: 3 })).status).toBe(403);
    expect((await vera.patch(`/api/backlog/${id}`, { effort: 3 })).status).toBe(403);
    await rankItem(dana, id);
    expect((await mia.patch(`/api/backlog/${id}`, { effort: 4 })).status).toBe(403);
    const owner = await dana.patch(`/api/backlog/${id}`, { value: 5 });
    expect(owner.status).toBe(200);
    expect(await owner.json()).toMatchObject({ value: 5, effort: 1, status: 'ranked' });
    expect(await auditActions(id)).toEqual(expect.arrayContaining(['backlog.updated', 'backlog.ranked']));
  });
});

describe('ranking and declining', () => {
  it('is the owner’s alone', async () => {
    const id = await fileItem(mia, 'Only the owner ranks');
    for (const client of [omar, mia]) {
      expect((await client.patch(`/api/backlog/${id}`, { status: 'ranked' })).status).toBe(403);
      const decline = { status: 'declined', rationale: 'Not this quarter: other work comes first.' };
      expect((await client.patch(`/api/backlog/${id}`, decline)).status).toBe(403);
    }
    expect((await vera.patch(`/api/backlog/${id}`, { status: 'ranked' })).status).toBe(403);
    await expect((await dana.get(`/api/backlog/${id}`)).json()).resolves.toMatchObject({ status: 'intake' });
  });

  it('declines only with a rationale, which the owner defends', async () => {
    const id = await fileItem(omar, 'Declined with reasons');
    const bare = await dana.patch(`/api/backlog/${id}`, { status: 'declined' });
    expect(bare.status).toBe(422);
    expect(await issuePaths(bare)).toEqual(['rationale']);
    const short = await dana.patch(`/api/backlog/${id}`, { status: 'declined', rationale: 'no' });
    expect(await issuePaths(short)).toEqual(['rationale']);
    const res = await dana.patch(`/api/backlog/${id}`, {
      status: 'declined',
      rationale: 'The pause rule already covers this; a second rule would conflict.',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'declined',
      decidedBy: { name: 'Dana Reyes' },
      suggestedRank: null,
      rationale: 'The pause rule already covers this; a second rule would conflict.',
    });
    expect(await auditActions(id)).toContain('backlog.declined');
  });

  it('refuses moves the states do not allow, naming the states', async () => {
    const id = await fileItem(mia, 'Illegal moves');
    const skip = await dana.patch(`/api/backlog/${id}`, { status: 'in_proposal' });
    expect(skip.status).toBe(409);
    expect(await skip.json()).toMatchObject({
      code: 'illegal_transition',
      message: expect.stringMatching(/intake to in proposal/),
    });
    expect((await dana.patch(`/api/backlog/${id}`, { status: 'done' })).status).toBe(409);
    await rankItem(dana, id);
    const again = await dana.patch(`/api/backlog/${id}`, { status: 'ranked' });
    expect(await again.json()).toMatchObject({
      code: 'illegal_transition',
      message: expect.stringMatching(/ranked to ranked/),
    });
    const byHand = await dana.patch(`/api/backlog/${id}`, { status: 'in_proposal' });
    expect(await byHand.json()).toMatchObject({ code: 'moved_by_proposal' });
    await dana.patch(`/api/backlog/${id}`, { status: 'declined', rationale: 'Superseded by the spring plan.' });
    const back = await dana.patch(`/api/backlog/${id}`, { status: 'ranked' });
    expect(back.status).toBe(409);
    expect(await back.json()).toMatchObject({ message: expect.stringMatching(/declined to ranked/) });
    expect((await dana.patch(`/api/backlog/${id}`, { title: 'Edited after the decision' })).status).toBe(403);
  });
});

describe('the suggested order', () => {
  // The test clock stands still, so items filed here tie on their filing time and fall back to their ids.
  it('puts the highest value for effort and urgency first, and ties in a stable order', async () => {
    const low = await fileItem(mia, 'Suggested low', { value: 1, effort: 5, urgency: 'low' });
    const top = await fileItem(mia, 'Suggested top', { value: 5, effort: 1, urgency: 'high' });
    const tieA = await fileItem(mia, 'Suggested tie A', { value: 2, effort: 4, urgency: 'high' });
    const tieB = await fileItem(mia, 'Suggested tie B', { value: 1, effort: 2, urgency: 'high' });
    const { items } = await backlog(vera);
    const rank = (id: string) => items.find((i) => i.id === id)?.suggestedRank ?? 0;
    expect(rank(top)).toBe(1);
    const [first, second] = [tieA, tieB].sort();
    expect(rank(second ?? '')).toBe(rank(first ?? '') + 1);
    expect(rank(tieB)).toBeLessThan(rank(low));
    const ranks = items.flatMap((i) => (i.suggestedRank === null ? [] : [i.suggestedRank]));
    expect(ranks).toEqual(ranks.map((_, i) => i + 1));
  });
});
