import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addContact, addSegment, tokenWith } from './firewall-fixtures';
import { createTestApp, DEMO, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await addSegment(t.db, 'fw-open', { approvedAt: '2026-06-01T00:00:00Z' });
  await addContact(t.db, 'fw-set-1', [{ segmentKey: 'fw-open', enteredAt: '2026-06-01T00:00:00Z' }]);
});
afterAll(() => t.close());

async function propose(settingKey: string, value: unknown) {
  const omar = await t.as(DEMO.ops);
  return omar.post('/api/firewall/settings/proposals', {
    settingKey,
    value,
    rationale: 'Customers told support they hear from us too often.',
  });
}

describe('firewall settings change only through approved proposals', () => {
  it('starts from the defaults, with nobody named as approver', async () => {
    const res = await (await t.as(DEMO.marketer)).get('/api/firewall/settings');
    expect(await res.json()).toMatchObject({
      frequencyCap: { max: 3, windowDays: 7 },
      onboardingDays: 30,
      approvals: { frequencyCap: null, onboardingDays: null },
    });
  });

  it('lets only operations propose, with the value checked per setting', async () => {
    for (const who of [DEMO.owner, DEMO.marketer, DEMO.viewer]) {
      const res = await (await t.as(who)).post('/api/firewall/settings/proposals', {
        settingKey: 'onboarding_days',
        value: 10,
        rationale: 'Long enough to say why.',
      });
      expect(res.status).toBe(403);
    }
    const bad = await propose('frequency_cap', { max: 0, windowDays: 7 });
    expect(bad.status).toBe(422);
    expect((await bad.json()).issues[0].path).toEqual(['value', 'max']);
    expect((await propose('onboarding_days', 'thirty')).status).toBe(422);
    expect((await propose('send_once', true)).status).toBe(422);
  });

  it('applies a frequency cap the owner approved, at once, and names who approved it', async () => {
    const sender = t.withToken(await tokenWith(t, ['sends:write']));
    const sentAt = new Date(t.clock.now().getTime() - 3_600_000).toISOString();
    await sender.post('/api/sends', {
      events: [{ eventId: 'fw-set-send', contactId: 'fw-set-1', channel: 'email', sentAt, source: 'test' }],
    });
    const mia = await t.as(DEMO.marketer);
    const check = async () =>
      (await (await mia.post('/api/firewall/check', { channel: 'email', contactIds: ['fw-set-1'] })).json())
        .decisions[0].reasons;
    expect(await check()).toEqual([]);

    const res = await propose('frequency_cap', { max: 1, windowDays: 7 });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const pending = await (await mia.get('/api/firewall/settings')).json();
    expect(pending.openProposals).toEqual([
      expect.objectContaining({
        id,
        settingKey: 'frequency_cap',
        value: { max: 1, windowDays: 7 },
        proposer: DEMO.ops,
      }),
    ]);
    expect(await check()).toEqual([]); // proposed is not approved

    const omar = await t.as(DEMO.ops);
    const own = await omar.post(`/api/firewall/settings/proposals/${id}/approve`, { revision: 1 });
    expect(own.status).toBe(403);
    expect((await own.json()).code).toBe('self_approval');
    expect((await mia.post(`/api/firewall/settings/proposals/${id}/approve`, { revision: 1 })).status).toBe(403);

    const dana = await t.as(DEMO.owner);
    const approved = await dana.post(`/api/firewall/settings/proposals/${id}/approve`, {
      revision: 1,
      note: 'Agreed.',
    });
    expect(approved.status).toBe(200);
    expect((await approved.json()).setting).toEqual({
      key: 'frequency_cap',
      value: { max: 1, windowDays: 7 },
      inForce: true,
    });
    expect((await dana.post(`/api/firewall/settings/proposals/${id}/approve`, { revision: 1 })).status).toBe(409);

    expect(await check()).toEqual(['frequency_cap']);
    const now = await (await mia.get('/api/firewall/settings')).json();
    expect(now.frequencyCap).toEqual({ max: 1, windowDays: 7 });
    expect(now.approvals.frequencyCap).toMatchObject({ proposalId: id, approvedBy: DEMO.owner });
    expect(now.openProposals).toEqual([]);
    const audit = await (await dana.get('/api/audit?action=settings.changed')).json();
    expect(audit.items[0].after).toMatchObject({ value: { max: 1, windowDays: 7 }, proposalId: id });
  });

  it('lengthens onboarding when approved, never below 30 days, and a rejection must say why', async () => {
    const nick = await t.as(DEMO.newHire);
    const check = async () =>
      (await (await nick.post('/api/firewall/check', { channel: 'push', contactIds: ['fw-set-1'] })).json())
        .decisions[0].reasons;
    expect(await check()).toContain('actor_onboarding');

    // One approval must not be able to lift the restriction: a value under 30 is not even proposed.
    const tooShort = await propose('onboarding_days', 3);
    expect(tooShort.status).toBe(422);
    expect(await tooShort.json()).toMatchObject({
      issues: [{ path: ['value'], message: 'New team members observe for at least 30 days' }],
    });

    const dana = await t.as(DEMO.owner);
    const rejectMe = (await (await propose('onboarding_days', 31)).json()).id;
    expect((await dana.post(`/api/firewall/settings/proposals/${rejectMe}/reject`, { rationale: 'no' })).status).toBe(
      422,
    );
    const rejected = await dana.post(`/api/firewall/settings/proposals/${rejectMe}/reject`, {
      rationale: 'One more day changes nothing.',
    });
    expect((await rejected.json()).proposal.status).toBe('rejected');

    const { id } = await (await propose('onboarding_days', 45)).json();
    expect((await dana.post(`/api/firewall/settings/proposals/${id}/approve`, { revision: 1 })).status).toBe(200);
    expect(await check()).toContain('actor_onboarding');
    const learning = await (await nick.get('/api/firewall/learning')).json();
    // Nick started on 2026-11-10: 45 days run to 2026-12-25.
    expect(learning).toMatchObject({
      onboarding: true,
      onboardingUntil: '2026-12-25T00:00:00.000Z',
      daysRemaining: 40,
    });
  });
});

describe('learning while onboarding', () => {
  it('shows what was held back and why, and the days remaining', async () => {
    const fresh = await createTestApp('2026-11-15T12:00:00Z');
    try {
      const res = await (await fresh.as(DEMO.newHire)).get('/api/firewall/learning');
      expect(res.status).toBe(200);
      const body = await res.json();
      // Nick started on 2026-11-10 (00:00 UTC): 30 days run to 2026-12-10.
      expect(body).toMatchObject({ onboarding: true, onboardingUntil: '2026-12-10T00:00:00.000Z', daysRemaining: 25 });
      expect(body.suppressed.total).toBeGreaterThan(0);
      expect(body.suppressed.bySegmentReason[0]).toHaveProperty('label');
      expect(body.examples.length).toBeGreaterThan(0);
      const evaluation = body.silence.find((s: { segment: string }) => s.segment === 'evaluation');
      expect(evaluation).toMatchObject({ paused: true, note: expect.stringContaining('Paused') });
      expect((await fresh.withToken('chr_nope').get('/api/firewall/learning')).status).toBe(401);
    } finally {
      await fresh.close();
    }
  });
});
