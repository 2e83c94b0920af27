import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptAttributes } from './dictionary-helpers';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { current, describeAgain, newDefinition, proposeUpdate, RATIONALE } from './proposal-helpers';

let t: TestApp;
let dana: Client;
let omar: Client;
let vera: Client;
beforeAll(async () => {
  t = await createTestApp();
  await acceptAttributes(t, { tags: 'array' });
  [dana, omar, vera] = await Promise.all([t.as(DEMO.owner), t.as(DEMO.ops), t.as(DEMO.viewer)]);
});
afterAll(() => t.close());

const code = async (res: Response) => [res.status, (await res.json()).code];

describe('editing a proposal', () => {
  it('lets only the proposer edit, while open; each edit bumps the revision', async () => {
    const id = await proposeUpdate(omar, vera, 'new-lead', describeAgain('First draft.'));
    expect(await code(await dana.patch(`/api/proposals/${id}`, { rationale: 'Dana rewrites the rationale.' }))).toEqual(
      [403, 'forbidden'],
    );
    expect(
      await code(
        await (await t.as(DEMO.marketer)).patch(`/api/proposals/${id}`, { rationale: 'Mia rewrites it too.' }),
      ),
    ).toEqual([403, 'forbidden']);
    const res = await omar.patch(`/api/proposals/${id}`, { rationale: 'A better reason, with the data behind it.' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ revision: 2, rationale: 'A better reason, with the data behind it.' });
    expect(
      (await (await omar.patch(`/api/proposals/${id}`, { rationale: 'And once more, again.' })).json()).revision,
    ).toBe(3);
    expect(await code(await omar.post(`/api/proposals/${id}/withdraw`))).toEqual([200, undefined]);
    expect(await code(await omar.patch(`/api/proposals/${id}`, { rationale: 'Too late to change this.' }))).toEqual([
      409,
      'not_open',
    ]);
  });

  it('validates edits with the field named', async () => {
    const id = await proposeUpdate(omar, vera, 'new-lead', describeAgain('Second draft.'));
    const empty = await omar.patch(`/api/proposals/${id}`, {});
    expect(empty.status).toBe(422);
    const bad = await omar.patch(`/api/proposals/${id}`, {
      definition: { ...(await current(vera, 'new-lead')).definition, criteria: { attr: 'plan', op: 'in', value: 3 } },
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).issues[0].path.slice(0, 2)).toEqual(['definition', 'criteria']);
    const created = await omar.post('/api/proposals', {
      kind: 'create',
      segmentKey: 'edit-new',
      definition: newDefinition(),
      rationale: RATIONALE,
    });
    const newId = (await created.json()).id;
    const based = await omar.patch(`/api/proposals/${newId}`, { baseVersion: 1 });
    expect(based.status).toBe(422);
    expect((await based.json()).issues[0].path).toEqual(['baseVersion']);
  });

  it('rebases a stale proposal by editing its base version', async () => {
    const stale = await proposeUpdate(omar, vera, 'evaluation', describeAgain('Stale wording.'));
    const winner = await proposeUpdate(omar, vera, 'evaluation', describeAgain('Winning wording.'));
    expect((await dana.post(`/api/proposals/${winner}/approve`, { revision: 1 })).status).toBe(200);
    const view = await (await vera.get(`/api/proposals/${stale}`)).json();
    expect(view).toMatchObject({ baseVersion: 1, currentVersion: 2 });
    expect(await code(await omar.patch(`/api/proposals/${stale}`, { rationale: 'Still the old base here.' }))).toEqual([
      409,
      'stale_base_version',
    ]);
    const rebased = await omar.patch(`/api/proposals/${stale}`, { baseVersion: 2 });
    expect(await rebased.json()).toMatchObject({ baseVersion: 2, currentVersion: 2, revision: 2 });
    expect((await dana.post(`/api/proposals/${stale}/approve`, { revision: 2 })).status).toBe(200);
  });
});

describe('withdrawing a proposal', () => {
  it('is for the proposer only, once', async () => {
    const id = await proposeUpdate(omar, vera, 'dormant', describeAgain('To be withdrawn.'));
    expect(await code(await dana.post(`/api/proposals/${id}/withdraw`))).toEqual([403, 'forbidden']);
    const res = await omar.post(`/api/proposals/${id}/withdraw`);
    expect(await res.json()).toMatchObject({ status: 'withdrawn', canDecide: false });
    expect(await code(await omar.post(`/api/proposals/${id}/withdraw`))).toEqual([409, 'not_open']);
    expect(await code(await dana.post(`/api/proposals/${id}/approve`, { revision: 1 }))).toEqual([409, 'not_open']);
    const { items } = await (await vera.get('/api/proposals?status=withdrawn')).json();
    expect(items.map((p: { id: string }) => p.id)).toContain(id);
  });
});

describe('follow-ups', () => {
  it('lists the seeded at-risk change as due, with no outcome yet', async () => {
    const { items } = await (await vera.get('/api/follow-ups?due=true')).json();
    expect(items).toEqual([
      expect.objectContaining({
        segmentKey: 'at-risk',
        version: 2,
        followUpDue: '2026-11-05',
        due: true,
        outcome: null,
      }),
    ]);
    const all = await (await vera.get('/api/follow-ups')).json();
    expect(all.items.length).toBeGreaterThan(items.length);
  });

  it('becomes due 30 days after approval, and leaves the list once the owner records the outcome', async () => {
    const id = await proposeUpdate(omar, vera, 'active-customer', describeAgain('Customers on a paid plan.'));
    await dana.post(`/api/proposals/${id}/approve`, { revision: 1 });
    const due = async (client: Client) =>
      (await (await client.get('/api/follow-ups?due=true')).json()).items.map(
        (f: { proposalId: string }) => f.proposalId,
      );
    expect(await due(vera)).not.toContain(id);
    t.clock.set('2026-12-15T13:00:00Z'); // 30 days and an hour after the approval
    const [owner, ops] = await Promise.all([t.as(DEMO.owner), t.as(DEMO.ops)]);
    expect(await due(owner)).toContain(id);
    const record = (client: Client, proposal: string, note: string) =>
      client.post(`/api/proposals/${proposal}/follow-up`, { checkpoint: 30, outcome: 'kept', note });
    expect(await code(await record(ops, id, 'Omar thinks it went well.'))).toEqual([403, 'forbidden']);
    const short = await record(owner, id, 'ok');
    expect((await short.json()).issues[0].path).toEqual(['note']);
    const res = await record(owner, id, 'Dwell is back within range; keep it.');
    expect(res.status).toBe(200);
    expect((await res.json()).followUp.checkpoints[1]).toMatchObject({
      days: 30,
      reached: true,
      outcome: { outcome: 'kept', note: 'Dwell is back within range; keep it.', by: { name: 'Dana Reyes' } },
    });
    const listed = (await (await owner.get('/api/follow-ups')).json()).items.find(
      (f: { proposalId: string }) => f.proposalId === id,
    );
    expect(listed).toMatchObject({
      proposalId: id,
      due: false,
      outcome: 'Dwell is back within range; keep it.',
      outcomeBy: { name: 'Dana Reyes' },
    });
    expect(await due(owner)).not.toContain(id);
    expect(await code(await record(owner, id, 'Writing it a second time.'))).toEqual([409, 'follow_up_recorded']);
    const open = await proposeUpdate(ops, owner, 'new-lead', describeAgain('Open, so no follow-up.'));
    expect(await code(await record(owner, open, 'Nothing to follow up.'))).toEqual([409, 'not_approved']);
    t.clock.set('2026-11-15T12:00:00Z');
  });
});
