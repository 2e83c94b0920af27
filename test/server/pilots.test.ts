import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cohortOf } from '#domain/pilots/cohort';
import { count, tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { cohorts, membersOf, type PilotBody, pause, startedPilot, unpause } from './pilot-helpers';
import { addPerson, proposeUpdate, RATIONALE } from './proposal-helpers';

/**
 * Pilots (docs/pilots.md): the owner starts, extends and stops them; the firewall decides the pilot
 * cohort by the proposed version and names the pilot for both cohorts; one per segment; a decision,
 * a withdrawal or an edit of the proposal ends it, and it ends by itself at its end date.
 */
let t: TestApp;
let dana: Client;
let omar: Client;
beforeAll(async () => {
  t = await createTestApp();
  [dana, omar] = await Promise.all([t.as(DEMO.owner), t.as(DEMO.ops)]);
});
afterAll(() => t.close());

const DAY = 86_400_000;
const lastAudit = async (action: string) =>
  count(t.db, sql`SELECT count(*) AS n FROM audit_entries WHERE action = ${action}`);

describe('starting a pilot', () => {
  let proposalId: string;
  let pilot: PilotBody;
  let members: string[];
  beforeAll(async () => {
    members = await membersOf(omar, 'evaluation');
    ({ proposalId, pilot } = await startedPilot(t));
  });
  afterAll(async () => {
    await omar.post(`/api/proposals/${proposalId}/withdraw`);
  });

  it('splits the contacts the change reaches by the hash of contact and pilot, audited', async () => {
    expect(pilot.share).toBe(20);
    expect(pilot.status).toBe('running');
    expect(Date.parse(pilot.endsAt) - Date.parse(pilot.startsAt)).toBe(14 * DAY);
    expect(pilot.eligible).toBe(members.length);
    const expected = { pilot: 0, control: 0 };
    for (const id of members) {
      const c = cohortOf(pilot.id, id, 20);
      if (c) expected[c]++;
    }
    expect(pilot.cohort).toEqual(expected);
    expect(expected.pilot).toBeGreaterThan(0);
    expect(await lastAudit('pilots.started')).toBeGreaterThan(0);
  });

  it('decides the pilot cohort by the proposed version and names the pilot; others as before', async () => {
    const decisions = await cohorts(omar, members);
    for (const d of decisions) {
      const c = cohortOf(pilot.id, d.contactId, 20);
      if (c === 'pilot') {
        // The proposal unpauses evaluation: the pilot cohort is not held back.
        expect(d).toMatchObject({ allowed: true, pilot: { id: pilot.id, cohort: 'pilot' } });
      } else if (c === 'control') {
        expect(d.reasons).toContain('segment_paused');
        expect(d.pilot).toEqual({ id: pilot.id, cohort: 'control' });
      } else {
        expect(d.reasons).toContain('segment_paused');
        expect(d.pilot).toBeUndefined();
      }
    }
    const stored = await count(
      t.db,
      sql`SELECT count(*) AS n FROM firewall_block_groups WHERE pilot_id = ${pilot.id}::uuid AND pilot_cohort = 'control'`,
    );
    expect(stored).toBeGreaterThan(0);
  });

  it('allows one pilot per segment at a time', async () => {
    const other = await proposeUpdate(omar, dana, 'evaluation', (d) => ({ ...unpause(d), description: 'Another.' }));
    const res = await dana.post(`/api/proposals/${other}/pilot`, { durationDays: 7 });
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.code).toBe('pilot_running');
    // Said as people read dates, not as a raw timestamp.
    expect(body.message).toMatch(/runs until \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC: one pilot/);
  });

  it('lists the pilot on its proposal', async () => {
    const res = await omar.get(`/api/proposals/${proposalId}/pilots`);
    expect(res.status).toBe(200);
    expect((await res.json()).items.map((p: PilotBody) => p.id)).toEqual([pilot.id]);
  });
});

describe('who may start, stop and extend', () => {
  it('is the owner alone; everyone else gets 403 before the body is read', async () => {
    const proposalId = await proposeUpdate(omar, dana, 'new-lead', (d) => ({ ...d, description: 'Who may pilot.' }));
    const admin = await addPerson(t, 'ada.admin@example.com', ['admin']);
    const token = t.withToken(await tokenWith(t, ['read', 'firewall:check', 'outcomes:write']));
    const others = [omar, await t.as(DEMO.marketer), await t.as(DEMO.viewer), admin, token];
    for (const who of others) {
      expect((await who.post(`/api/proposals/${proposalId}/pilot`, { share: 'x' })).status).toBe(403);
      const id = '00000000-0000-4000-8000-000000000000';
      expect((await who.post(`/api/pilots/${id}/stop`, {})).status).toBe(403);
      expect((await who.post(`/api/pilots/${id}/extend`, { days: 1 })).status).toBe(403);
    }
  });

  it('never lets the owner pilot their own proposal: it would apply it to real sends unapproved', async () => {
    // The owner's proposal is decided by operations; a pilot of it would lift evaluation's pause for
    // a fifth of its members with nobody else's say.
    const own = await proposeUpdate(dana, dana, 'evaluation', unpause);
    const before = await lastAudit('pilots.started');
    const res = await dana.post(`/api/proposals/${own}/pilot`, { share: 20, durationDays: 14 });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('self_approval');
    expect((await (await omar.get(`/api/proposals/${own}/pilots`)).json()).items).toEqual([]);
    expect(await lastAudit('pilots.started')).toBe(before);
    const members = await membersOf(omar, 'evaluation');
    for (const d of await cohorts(omar, members)) expect(d.reasons).toContain('segment_paused');
    await dana.post(`/api/proposals/${own}/withdraw`);
  });

  it('checks the share and the duration, naming the field', async () => {
    const proposalId = await proposeUpdate(omar, dana, 'dormant', (d) => ({ ...d, description: 'Bounds.' }));
    for (const [body, field] of [
      [{ share: 21, durationDays: 14 }, 'share'],
      [{ share: 0, durationDays: 14 }, 'share'],
      [{ share: 5, durationDays: 6 }, 'durationDays'],
      [{ share: 5, durationDays: 29 }, 'durationDays'],
      [{ share: 5 }, 'durationDays'],
      [{ durationDays: 7, __proto__: { share: 50 }, extra: 1 }, ''],
    ] as const) {
      const res = await dana.post(`/api/proposals/${proposalId}/pilot`, body);
      expect(res.status).toBe(422);
      const issues = (await res.json()).issues as { path: (string | number)[] }[];
      if (field) expect(issues.map((i) => i.path.join('.'))).toContain(field);
    }
  });

  it('refuses a proposal that is not open, or that reaches nobody', async () => {
    const proposalId = await proposeUpdate(omar, dana, 'dormant', (d) => ({ ...d, description: 'Nobody moves.' }));
    const nobody = await dana.post(`/api/proposals/${proposalId}/pilot`, { durationDays: 7 });
    expect(nobody.status).toBe(409);
    expect((await nobody.json()).code).toBe('nothing_to_pilot');
    await omar.post(`/api/proposals/${proposalId}/withdraw`);
    const closed = await dana.post(`/api/proposals/${proposalId}/pilot`, { durationDays: 7 });
    expect((await closed.json()).code).toBe('not_open');
  });
});

describe('ending a pilot', () => {
  it('extends within 28 days, then stops, audited; an ended pilot cannot be stopped again', async () => {
    const { pilot, proposalId } = await startedPilot(t);
    const tooLong = await dana.post(`/api/pilots/${pilot.id}/extend`, { days: 15 });
    expect(tooLong.status).toBe(422);
    expect((await tooLong.json()).issues[0].path).toEqual(['days']);
    const extended = await dana.post(`/api/pilots/${pilot.id}/extend`, { days: 14, note: 'Two more weeks.' });
    expect(extended.status).toBe(200);
    expect(Date.parse((await extended.json()).endsAt) - Date.parse(pilot.startsAt)).toBe(28 * DAY);
    const stopped = await dana.post(`/api/pilots/${pilot.id}/stop`, {});
    expect(await stopped.json()).toMatchObject({ status: 'ended', endReason: 'stopped' });
    expect((await (await dana.post(`/api/pilots/${pilot.id}/stop`, {})).json()).code).toBe('pilot_ended');
    // Stopped: nobody is decided by the pilot any more.
    const decisions = await cohorts(omar, await membersOf(omar, 'evaluation'));
    expect(decisions.every((d) => d.pilot === undefined && d.reasons.includes('segment_paused'))).toBe(true);
    await omar.post(`/api/proposals/${proposalId}/withdraw`);
  });

  it('ends when the proposal is edited, rejected or approved', async () => {
    const edited = await startedPilot(t);
    const detail = await (await omar.get(`/api/proposals/${edited.proposalId}`)).json();
    await omar.patch(`/api/proposals/${edited.proposalId}`, { rationale: `${RATIONALE} Edited.` });
    expect(await (await dana.get(`/api/pilots/${edited.pilot.id}`)).json()).toMatchObject({ endReason: 'edited' });
    expect(detail.revision).toBe(1);
    await dana.post(`/api/proposals/${edited.proposalId}/reject`, { rationale: 'Kept as it is.' });

    const rejected = await startedPilot(t);
    await dana.post(`/api/proposals/${rejected.proposalId}/reject`, { rationale: 'The pilot was enough.' });
    expect(await (await dana.get(`/api/pilots/${rejected.pilot.id}`)).json()).toMatchObject({ endReason: 'rejected' });

    const approved = await startedPilot(t, 20, 14, 'active-customer', pause);
    const ok = await dana.post(`/api/proposals/${approved.proposalId}/approve`, { revision: 1 });
    expect(ok.status).toBe(200);
    expect(await (await dana.get(`/api/pilots/${approved.pilot.id}`)).json()).toMatchObject({ endReason: 'approved' });
    // The follow-up of the approved change carries the pilot's readout at every checkpoint.
    const followUp = await (await dana.get(`/api/proposals/${approved.proposalId}/follow-up`)).json();
    for (const c of followUp.checkpoints) {
      expect(c.pilot).toMatchObject({ id: approved.pilot.id, summary: expect.stringMatching(/^Too early/) });
    }
    expect(await lastAudit('pilots.ended')).toBeGreaterThanOrEqual(3);
  });

  it('ends by itself at its end date, with no write', async () => {
    const { pilot, proposalId } = await startedPilot(t, 20, 7);
    const members = await membersOf(omar, 'evaluation');
    // Sessions last hours; a token outlives the clock's jump.
    const platform = t.withToken(await tokenWith(t, ['firewall:check', 'read']));
    const start = t.clock.now();
    try {
      t.clock.set(new Date(Date.parse(pilot.endsAt) - 1));
      expect((await cohorts(platform, members)).some((d) => d.pilot?.id === pilot.id)).toBe(true);
      t.clock.set(pilot.endsAt);
      expect((await cohorts(platform, members)).some((d) => d.pilot !== undefined)).toBe(false);
      expect(await (await platform.get(`/api/pilots/${pilot.id}`)).json()).toMatchObject({
        status: 'ended',
        endReason: 'expired',
        endedAt: pilot.endsAt,
      });
    } finally {
      t.clock.set(start);
      await omar.post(`/api/proposals/${proposalId}/withdraw`);
    }
  });
});
