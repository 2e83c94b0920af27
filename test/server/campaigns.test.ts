import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptAttributes } from './dictionary-helpers';
import { addContact, addSegment } from './firewall-fixtures';
import { createTestApp, DEMO, type TestApp } from './harness';

const T0 = '2026-06-01T00:00:00Z';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await acceptAttributes(t, { fw: 'string' }); // the fixture segments' criteria read it
  await addSegment(t.db, 'fw-owner', { approvedAt: T0, approval: 'owner' });
  await addSegment(t.db, 'fw-quiet', { approvedAt: T0, pause: { paused: true } });
  await addSegment(t.db, 'fw-free', { approvedAt: T0 });
  for (let i = 1; i <= 3; i++) await addContact(t.db, `fw-o-${i}`, [{ segmentKey: 'fw-owner', enteredAt: T0 }]);
  for (let i = 1; i <= 2; i++) await addContact(t.db, `fw-q-${i}`, [{ segmentKey: 'fw-quiet', enteredAt: T0 }]);
});
afterAll(() => t.close());

const draft = (over: Record<string, unknown> = {}) => ({
  name: 'Renewal note',
  channel: 'email',
  targetSegment: 'fw-owner',
  copy: 'A short note before renewal.',
  ...over,
});

async function create(over: Record<string, unknown> = {}, as: string = DEMO.marketer) {
  const res = await (await t.as(as)).post('/api/campaigns', draft(over));
  expect(res.status).toBe(201);
  return res.json();
}

describe('campaigns: mutable content, created by marketers', () => {
  it('lets a marketer create one and everyone read it', async () => {
    const c = await create({ name: 'Create and read' });
    expect(c).toMatchObject({
      approvalState: 'not_requested',
      approvedVersion: null,
      approvalNeeded: true,
      currentVersion: 1,
    });
    expect(c.creator.email).toBe(DEMO.marketer);
    const vera = await t.as(DEMO.viewer);
    expect((await vera.get(`/api/campaigns/${c.id}`)).status).toBe(200);
    const all = await (await vera.get('/api/campaigns')).json();
    expect(all.items.some((x: { id: string }) => x.id === c.id)).toBe(true);
    const nickMine = await (await (await t.as(DEMO.newHire)).get('/api/campaigns?mine=true')).json();
    expect(nickMine.items.some((x: { id: string }) => x.id === c.id)).toBe(false);
  });

  it('refuses other roles, unknown segments and missing fields', async () => {
    for (const who of [DEMO.owner, DEMO.ops, DEMO.viewer]) {
      expect((await (await t.as(who)).post('/api/campaigns', draft())).status).toBe(403);
    }
    const mia = await t.as(DEMO.marketer);
    const bad = await mia.post('/api/campaigns', draft({ targetSegment: 'fw-nowhere' }));
    expect(bad.status).toBe(422);
    expect((await bad.json()).issues[0].path).toEqual(['targetSegment']);
    expect((await mia.post('/api/campaigns', draft({ name: '' }))).status).toBe(422);
    expect((await mia.get('/api/campaigns/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });

  it('lets only the creator edit, and keeps the approval when only content changes', async () => {
    const c = await create({ name: 'Edit me' });
    const nick = await t.as(DEMO.newHire);
    const refused = await nick.patch(`/api/campaigns/${c.id}`, { copy: 'Changed by someone else' });
    expect(refused.status).toBe(403);
    expect((await refused.json()).code).toBe('not_creator');
    const mia = await t.as(DEMO.marketer);
    await mia.post(`/api/campaigns/${c.id}/submit-for-approval`);
    const edited = await (await mia.patch(`/api/campaigns/${c.id}`, { copy: 'New copy', channel: 'sms' })).json();
    expect(edited).toMatchObject({ copy: 'New copy', channel: 'sms', approvalState: 'pending' });
    const moved = await (await mia.patch(`/api/campaigns/${c.id}`, { targetSegment: 'fw-free' })).json();
    expect(moved).toMatchObject({ targetSegment: 'fw-free', approvalState: 'not_requested', approvalNeeded: false });
  });
});

describe('owner approval for a segment version', () => {
  it('approves for the current version, then lapses when a new version is approved', async () => {
    const c = await create({ name: 'Approval lifecycle' });
    const mia = await t.as(DEMO.marketer);
    const dana = await t.as(DEMO.owner);
    const check = async () =>
      (
        await (
          await mia.post('/api/firewall/check', { channel: 'email', contactIds: ['fw-o-1'], campaignId: c.id })
        ).json()
      ).decisions[0].reasons;
    expect(await check()).toEqual(['approval_required']);

    const seen = { segment: 'fw-owner', version: 1 };
    expect((await dana.post(`/api/campaigns/${c.id}/approve`, seen)).status).toBe(409); // not pending yet
    const pending = await (await mia.post(`/api/campaigns/${c.id}/submit-for-approval`)).json();
    expect(pending.approvalState).toBe('pending');
    expect((await mia.post(`/api/campaigns/${c.id}/submit-for-approval`)).status).toBe(409);
    expect((await mia.post(`/api/campaigns/${c.id}/approve`, seen)).status).toBe(403);
    expect((await (await t.as(DEMO.ops)).post(`/api/campaigns/${c.id}/approve`, seen)).status).toBe(403);
    // Reviewed means reviewed: without what was reviewed, 422; with something else, 409.
    const blind = await dana.post(`/api/campaigns/${c.id}/approve`, { note: 'Fine.' });
    expect(blind.status).toBe(422);
    expect((await blind.json()).issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual([
      'segment',
      'version',
    ]);
    for (const other of [
      { segment: 'fw-owner', version: 2 },
      { segment: 'at-risk', version: 1 },
    ]) {
      const res = await dana.post(`/api/campaigns/${c.id}/approve`, other);
      expect(res.status).toBe(409);
      expect((await res.json()).code).toBe('campaign_changed');
    }
    expect((await (await mia.get(`/api/campaigns/${c.id}`)).json()).approvalState).toBe('pending');

    const approved = await (
      await dana.post(`/api/campaigns/${c.id}/approve`, { ...seen, note: 'Plain and useful.' })
    ).json();
    expect(approved).toMatchObject({
      approvalState: 'approved',
      approvedVersion: 1,
      approvalCurrent: true,
      approvalBy: DEMO.owner,
    });
    expect(await check()).toEqual([]);

    // A new version of the segment, through the governed flow: the approval no longer covers it.
    const omar = await t.as(DEMO.ops);
    const seg = await (await omar.get('/api/segments/fw-owner')).json();
    const { current } = seg;
    const definition = {
      name: current.name,
      description: 'Now with a description.',
      criteria: current.criteria,
      priority: current.priority,
      pause: current.pause,
      approval: 'owner',
      transitions: current.transitions,
      expectedDwellDays: current.expectedDwellDays,
    };
    const proposal = await omar.post('/api/proposals', {
      kind: 'update',
      segmentKey: 'fw-owner',
      baseVersion: 1,
      definition,
      rationale: 'Describe the segment so reviewers know who is in it.',
    });
    expect(proposal.status).toBe(201);
    const { id } = await proposal.json();
    expect((await dana.post(`/api/proposals/${id}/approve`, { revision: 1 })).status).toBe(200);

    expect(await check()).toEqual(['approval_required']);
    const lapsed = await (await mia.get(`/api/campaigns/${c.id}`)).json();
    expect(lapsed).toMatchObject({
      approvalState: 'approved',
      approvedVersion: 1,
      currentVersion: 2,
      approvalCurrent: false,
    });
    const again = await (await mia.post(`/api/campaigns/${c.id}/submit-for-approval`)).json();
    expect(again.approvalState).toBe('pending');
    // Approving what was on screen before the new version is refused: the owner reviews version 2.
    expect((await dana.post(`/api/campaigns/${c.id}/approve`, seen)).status).toBe(409);
    expect((await dana.post(`/api/campaigns/${c.id}/approve`, { ...seen, version: 2 })).status).toBe(200);
    expect(await check()).toEqual([]);
  });

  it('answers hostile reviewed fields with 422 or 409, never approving and never a 500', async () => {
    const c = await create({ name: 'Hostile approval' });
    const mia = await t.as(DEMO.marketer);
    const dana = await t.as(DEMO.owner);
    expect((await mia.post(`/api/campaigns/${c.id}/submit-for-approval`)).status).toBe(200);
    const cases: [unknown, number][] = [
      // Text that cannot be stored is refused by the shared string schema, naming the field.
      [{ segment: 'fw-owner\u0000', version: 1 }, 422],
      [{ segment: 'fw-owner\ud800', version: 1 }, 422],
      [{ segment: '__proto__', version: 1 }, 409],
      [{ segment: 'x'.repeat(1024 * 1024), version: 1 }, 422],
      [{ segment: 'fw-owner', version: 1e300 }, 422],
      [JSON.parse('{"segment": "fw-owner", "version": 1, "__proto__": {"approvalState": "approved"}}'), 422],
    ];
    for (const [body, status] of cases) {
      expect((await dana.post(`/api/campaigns/${c.id}/approve`, body)).status).toBe(status);
    }
    expect((await (await mia.get(`/api/campaigns/${c.id}`)).json()).approvalState).toBe('pending');
  });

  it('declines with a note, and refuses campaigns to segments without approval', async () => {
    const c = await create({ name: 'Decline me' });
    const mia = await t.as(DEMO.marketer);
    const dana = await t.as(DEMO.owner);
    await mia.post(`/api/campaigns/${c.id}/submit-for-approval`);
    const noNote = await dana.post(`/api/campaigns/${c.id}/decline`, { note: '' });
    expect(noNote.status).toBe(422);
    const declined = await (
      await dana.post(`/api/campaigns/${c.id}/decline`, { note: 'The segment is resting this month.' })
    ).json();
    expect(declined).toMatchObject({ approvalState: 'declined', approvalNote: 'The segment is resting this month.' });
    const free = await create({ name: 'No approval needed', targetSegment: 'fw-free' });
    const res = await mia.post(`/api/campaigns/${free.id}/submit-for-approval`);
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('approval_not_needed');
  });
});

describe('request send', () => {
  it('checks the current members and explains the held-back ones by reason and segment', async () => {
    const c = await create({ name: 'Quiet send', targetSegment: 'fw-quiet' });
    const res = await (await t.as(DEMO.marketer)).post(`/api/campaigns/${c.id}/request-send`);
    expect(res.status).toBe(200);
    const out = await res.json();
    expect(out.contactCount).toBe(2);
    expect(out.summary).toMatchObject({ allowed: 0, blocked: 2 });
    expect(out.breakdown).toEqual([
      {
        reason: 'segment_paused',
        label: 'Current segment is paused: pause respected',
        segment: 'fw-quiet',
        segmentName: 'Fw quiet',
        count: 2,
        explanation: '2 contacts in Fw quiet: the segment is paused for this channel. Pause respected.',
      },
    ]);
    expect(out.requestIds).toHaveLength(1);
  });

  it('holds back everything for a marketer in onboarding, and needs a target', async () => {
    const c = await create({ name: 'First send', targetSegment: 'fw-free' }, DEMO.newHire);
    await addContact(t.db, 'fw-f-1', [{ segmentKey: 'fw-free', enteredAt: T0 }]);
    const nick = await t.as(DEMO.newHire);
    const out = await (await nick.post(`/api/campaigns/${c.id}/request-send`)).json();
    expect(out.summary.byReason.actor_onboarding).toBe(out.contactCount);
    expect(out.breakdown.map((b: { reason: string }) => b.reason)).toEqual(['actor_onboarding']);
    const none = await create({ name: 'No target', targetSegment: null }, DEMO.newHire);
    expect((await nick.post(`/api/campaigns/${none.id}/request-send`)).status).toBe(409);
  });
});
