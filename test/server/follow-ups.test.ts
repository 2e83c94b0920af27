import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptAttributes } from './dictionary-helpers';
import { tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { newDefinition, proposeUpdate, RATIONALE } from './proposal-helpers';

/**
 * Follow-ups with measured impact (docs/rules.md, "Follow-ups"): the figures of each checkpoint are
 * exactly what GET /api/metrics/segments/{key} gives for the same windows; the owner records kept,
 * adjust or revert at a reached checkpoint, and a revert opens the proposal that undoes the change.
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

const DAY = 86_400_000;
type Item = { proposalId: string; segmentKey: string; version: number; kind: string };
const approved = async (key: string, version: number) =>
  ((await (await vera.get('/api/follow-ups')).json()).items as Item[]).find(
    (f) => f.segmentKey === key && f.version === version,
  ) as Item;
const record = (id: string, body: Record<string, unknown>, client = dana) =>
  client.post(`/api/proposals/${id}/follow-up`, body);
const code = async (res: Response) => [res.status, (await res.json()).code];

describe('figures before and after', () => {
  it('equal the metrics endpoint for the same windows, at every checkpoint', async () => {
    let nonZero = 0;
    for (const [key, version] of [
      ['at-risk', 2],
      ['evaluation', 1],
      ['dormant', 1],
    ] as const) {
      const { proposalId } = await approved(key, version);
      const res = await vera.get(`/api/proposals/${proposalId}/follow-up`);
      expect(res.status).toBe(200);
      const f = await res.json();
      expect(f.checkpoints.map((c: { days: number }) => c.days)).toEqual([7, 30, 90]);
      const at = Date.parse(f.approvedAt);
      for (const c of f.checkpoints) {
        expect(c.pilot).toBeNull();
        const window = async (from: number, to: number) => {
          const q = new URLSearchParams({ from: new Date(from).toISOString(), to: new Date(to).toISOString() });
          const m = await vera.get(`/api/metrics/segments/${key}?${q}`);
          expect(m.status).toBe(200);
          return m.json();
        };
        expect(c.before).toEqual(await window(at - c.days * DAY, at));
        expect(c.after).toEqual(await window(at, at + c.days * DAY));
        for (const figures of [c.before, c.after]) {
          nonZero += figures.members + figures.suppressed + figures.violations + figures.movesOutsideTransitions;
        }
      }
    }
    expect(nonZero).toBeGreaterThan(0); // the demo's history is in these windows, so the comparison means something
  });

  it('counts an unfinished window up to now, and says so', async () => {
    const { proposalId } = await approved('at-risk', 2);
    const f = await (await vera.get(`/api/proposals/${proposalId}/follow-up`)).json();
    const [seven, thirty, ninety] = f.checkpoints;
    expect([seven.reached, thirty.reached, ninety.reached]).toEqual([true, true, false]);
    expect(ninety.after).toMatchObject({ complete: false, to: '2026-11-15T12:00:00.000Z' });
    expect(thirty.after.complete).toBe(true);
    expect(f.dueCheckpoint).toBe(30);
    expect(seven.outcome).toMatchObject({ outcome: 'kept', by: { name: 'Dana Reyes' } });
  });

  it('refuses bad windows with 422 naming the field, and an unknown segment with 404', async () => {
    const get = (key: string, from: string, to: string) =>
      vera.get(`/api/metrics/segments/${key}?${new URLSearchParams({ from, to })}`);
    const cases: [string, string, string][] = [
      ['2026-11-01T00:00:00Z', '2026-10-01T00:00:00Z', 'to'],
      ['2024-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'to'],
      ['2027-01-01T00:00:00Z', '2027-02-01T00:00:00Z', 'from'],
      ['yesterday', '2026-11-01T00:00:00Z', 'from'],
      ['2026-10-01T00:00:00Z\u0000', '2026-11-01T00:00:00Z', 'from'],
    ];
    for (const [from, to, field] of cases) {
      const res = await get('at-risk', from, to);
      expect(res.status).toBe(422);
      expect((await res.json()).issues[0].path).toEqual([field]);
    }
    expect((await get('no-such', '2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z')).status).toBe(404);
    expect((await get('__proto__', '2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z')).status).toBe(422);
    const ok = await vera.get('/api/metrics/segments/at-risk?from=2026-10-01T00:00:00Z&to=2026-11-01T00:00:00Z&x=1');
    expect(ok.status).toBe(422);
    expect(
      (await t.anonymous.get('/api/metrics/segments/at-risk?from=2026-10-01T00:00:00Z&to=2026-11-01T00:00:00Z')).status,
    ).toBe(401);
    const noRead = t.withToken(await tokenWith(t, ['contacts:write']));
    expect((await noRead.get('/api/metrics/segments/at-risk?from=x&to=y')).status).toBe(403);
  });

  it('has no follow-up for a proposal that was not approved', async () => {
    const open = ((await (await vera.get('/api/proposals?status=open')).json()).items as { id: string }[])[0];
    expect(await code(await vera.get(`/api/proposals/${open?.id}/follow-up`))).toEqual([409, 'not_approved']);
    expect((await vera.get('/api/proposals/00000000-0000-4000-8000-000000000000/follow-up')).status).toBe(404);
    expect((await vera.get('/api/proposals/not-a-uuid/follow-up')).status).toBe(422);
  });
});

describe('recording an outcome', () => {
  it('lets only the owner record, checking the role before the body', async () => {
    const { proposalId } = await approved('at-risk', 2);
    for (const client of [omar, mia, vera]) {
      expect(
        await code(await record(proposalId, { checkpoint: 30, outcome: 'kept', note: 'It did what it said.' }, client)),
      ).toEqual([403, 'forbidden']);
      expect((await record(proposalId, { nonsense: true }, client)).status).toBe(403);
    }
    const token = t.withToken(await tokenWith(t, ['read', 'contacts:write', 'sends:write', 'firewall:check']));
    expect(
      (
        await token.post(`/api/proposals/${proposalId}/follow-up`, {
          checkpoint: 30,
          outcome: 'kept',
          note: 'x'.repeat(20),
        })
      ).status,
    ).toBe(403);
  });

  it('waits for a checkpoint to be reached, and takes one outcome per checkpoint', async () => {
    const { proposalId } = await approved('at-risk', 2);
    const early = await record(proposalId, { checkpoint: 90, outcome: 'kept', note: 'Too early to say, really.' });
    expect(await code(early)).toEqual([409, 'checkpoint_not_reached']);
    expect(
      await code(await record(proposalId, { checkpoint: 7, outcome: 'kept', note: 'Again for the first week.' })),
    ).toEqual([409, 'follow_up_recorded']);
    for (const [body, field] of [
      [{ checkpoint: 14, outcome: 'kept', note: 'Two weeks in, all fine.' }, 'checkpoint'],
      [{ checkpoint: 30, outcome: 'keep', note: 'A month in, all fine.' }, 'outcome'],
      [{ checkpoint: 30, outcome: 'kept', note: 'short' }, 'note'],
    ] as const) {
      const res = await record(proposalId, body);
      expect(res.status).toBe(422);
      expect((await res.json()).issues[0].path).toEqual([field]);
    }
  });

  it('opens the revert proposal in the same transaction: the definition the change replaced, on the current version', async () => {
    const { proposalId } = await approved('at-risk', 2);
    const openBefore = (await (await vera.get('/api/proposals?status=open&segment=at-risk')).json()).items.length;
    const res = await record(proposalId, {
      checkpoint: 30,
      outcome: 'revert',
      note: 'Owner approval slowed every save campaign; the old bar caught enough.',
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.prefill).toBeNull();
    expect(body.followUp.checkpoints[1].outcome).toMatchObject({
      outcome: 'revert',
      proposalId: body.openedProposalId,
    });
    expect(body.followUp.dueCheckpoint).toBeNull();
    const opened = await (await vera.get(`/api/proposals/${body.openedProposalId}`)).json();
    const v1 = (await (await vera.get('/api/segments/at-risk/versions')).json()).items.find(
      (v: { version: number }) => v.version === 1,
    );
    expect(opened).toMatchObject({
      kind: 'update',
      segmentKey: 'at-risk',
      baseVersion: 2,
      status: 'open',
      proposer: { name: 'Dana Reyes' },
      definition: { criteria: v1.criteria, approval: v1.approval },
    });
    expect(opened.rationale).toMatch(
      /^Revert after the 30-day follow-up of the change approved on 2026-10-06: Owner approval/,
    );
    expect((await (await vera.get('/api/proposals?status=open&segment=at-risk')).json()).items).toHaveLength(
      openBefore + 1,
    );
    // The 30-day checkpoint is the follow-up every approval has: the proposal shows its outcome.
    expect((await (await vera.get(`/api/proposals/${proposalId}`)).json()).followUpOutcome).toBe(
      'Owner approval slowed every save campaign; the old bar caught enough.',
    );
    const audit = await (await dana.get('/api/audit?action=proposals.follow_up_recorded')).json();
    expect(audit.items[0].after).toMatchObject({
      checkpoint: 30,
      outcome: 'revert',
      openedProposalId: body.openedProposalId,
    });
    expect((await (await dana.get('/api/audit?action=proposals.created')).json()).items[0].targetId).toBe(
      body.openedProposalId,
    );
  });

  it('answers adjust with a proposal to start from, prefilled with the segment as it is now, and files nothing', async () => {
    const id = await proposeUpdate(omar, vera, 'evaluation', (d) => ({ ...d, description: 'Trials, in other words.' }));
    await dana.post(`/api/proposals/${id}/approve`, { revision: 1 });
    t.clock.set(new Date(Date.parse('2026-11-15T12:00:00Z') + 8 * DAY).toISOString());
    try {
      const [owner, viewer] = await Promise.all([t.as(DEMO.owner), t.as(DEMO.viewer)]);
      const before = (await (await viewer.get('/api/proposals?status=open')).json()).items.length;
      const note = 'Trials now last 21 days; the window should follow.';
      const res = await record(id, { checkpoint: 7, outcome: 'adjust', note }, owner);
      expect(res.status).toBe(200);
      const { prefill, openedProposalId } = await res.json();
      const seg = await (await viewer.get('/api/segments/evaluation')).json();
      expect(openedProposalId).toBeNull();
      expect(prefill).toMatchObject({ kind: 'update', segmentKey: 'evaluation', baseVersion: seg.current.version });
      expect(prefill.definition.criteria).toEqual(seg.current.criteria);
      expect(prefill.rationale).toBe(`Adjust after the 7-day follow-up of the change approved on 2026-11-15: ${note}`);
      expect((await (await viewer.get('/api/proposals?status=open')).json()).items).toHaveLength(before);
    } finally {
      t.clock.set('2026-11-15T12:00:00Z');
    }
  });

  it('reverts a new segment by proposing its retirement', async () => {
    await acceptAttributes(t, { tags: 'array' });
    const created = await omar.post('/api/proposals', {
      kind: 'create',
      segmentKey: 'vip-try',
      definition: newDefinition(),
      rationale: RATIONALE,
    });
    const id = (await created.json()).id;
    await dana.post(`/api/proposals/${id}/approve`, { revision: 1 });
    t.clock.set(new Date(Date.parse('2026-11-15T12:00:00Z') + 8 * DAY).toISOString());
    try {
      const owner = await t.as(DEMO.owner);
      const res = await record(
        id,
        { checkpoint: 7, outcome: 'revert', note: 'Nobody is tagged vip any more; retire it.' },
        owner,
      );
      expect(res.status).toBe(200);
      const opened = await (await owner.get(`/api/proposals/${(await res.json()).openedProposalId}`)).json();
      expect(opened).toMatchObject({ kind: 'retire', segmentKey: 'vip-try', baseVersion: 1, status: 'open' });
    } finally {
      t.clock.set('2026-11-15T12:00:00Z');
    }
  });

  it('refuses hostile notes with 422 naming the note, recording nothing', async () => {
    const { proposalId } = await approved('new-lead', 1);
    for (const note of ['A note\u0000with a NUL.', 'A note \ud800 with a lone surrogate.', 'x'.repeat(1 << 20)]) {
      const res = await record(proposalId, { checkpoint: 90, outcome: 'kept', note });
      expect(res.status).toBe(422);
      expect((await res.json()).issues[0].path).toEqual(['note']);
    }
    const f = await (await vera.get(`/api/proposals/${proposalId}/follow-up`)).json();
    expect(f.checkpoints[2].outcome).toMatchObject({ outcome: 'kept' }); // the seeded one, unchanged
    const bad = await record(
      proposalId,
      JSON.parse('{"checkpoint": 90, "outcome": "kept", "note": "Fine note here.", "__proto__": {}}'),
    );
    expect(bad.status).toBe(422);
  });
});
