import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { expectRefusal, idOf, newPerson, PASSWORD, pendingFor } from './people-helpers';

/**
 * New team members observe first (docs/rules.md, "Onboarding"): a start date moved earlier, or an
 * account created already past its onboarding, waits for the owner; until then the stricter date holds.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(); // the clock stands at 2026-11-15
});
afterAll(() => t.close());

/** The reasons the firewall gives for one send by `sender`. */
async function reasonsFor(sender: Client): Promise<string[]> {
  const res = await sender.post('/api/firewall/check', { channel: 'email', contactIds: ['nobody-at-all'] });
  expect(res.status).toBe(200);
  return (await res.json()).decisions[0].reasons;
}

describe('governed start dates', () => {
  it('holds a sender back until the owner confirms an earlier start date, audited', async () => {
    const omar = await t.as(DEMO.ops);
    const nickId = await idOf(t, DEMO.newHire);
    const nick = await t.as(DEMO.newHire);
    expect(await reasonsFor(nick)).toContain('actor_onboarding');

    const moved = await (await omar.patch(`/api/users/${nickId}`, { startedAt: '2026-08-01' })).json();
    expect(moved.startedAt).toBe('2026-11-10T00:00:00.000Z'); // five days ago, as before
    expect(moved.pendingStartedAt).toBe('2026-08-01T00:00:00.000Z');
    expect(await reasonsFor(nick)).toContain('actor_onboarding');

    const dana = await t.as(DEMO.owner);
    const [change] = await pendingFor(dana, nickId);
    expect(change).toMatchObject({ kind: 'start_date', confirmers: 'owner', canConfirm: true });
    // An admin is not the owner: start dates are the owner's to confirm.
    const [asOmar] = await pendingFor(omar, nickId);
    expect(asOmar?.cannotConfirmBecause).toBe('own_change');
    expect((await dana.post(`/api/user-changes/${change?.id}/confirm`, {})).status).toBe(200);
    expect(await reasonsFor(nick)).not.toContain('actor_onboarding');
    const audit = await (await dana.get(`/api/audit?target=${nickId}&action=users.start_date`)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual([
      'users.start_date_confirmed',
      'users.start_date_proposed',
    ]);
    expect(audit.items[0].after.startedAt).toBe('2026-08-01T00:00:00.000Z');
  });

  it('starts an account created with a past start date today, until the owner confirms', async () => {
    const omar = await t.as(DEMO.ops);
    const res = await omar.post('/api/users', newPerson('pat@example.com', ['marketer'], '2025-01-06'));
    const created = await res.json();
    expect(created).toMatchObject({
      startedAt: '2026-11-15T00:00:00.000Z',
      onboardingUntil: '2026-12-15T00:00:00.000Z',
      pendingStartedAt: '2025-01-06T00:00:00.000Z',
    });
    expect(await reasonsFor(await t.as('pat@example.com', PASSWORD))).toContain('actor_onboarding');
    // A date from today on needs nobody.
    const later = await (await omar.post('/api/users', newPerson('sam@example.com', ['viewer'], '2026-12-01'))).json();
    expect(later).toMatchObject({ startedAt: '2026-12-01T00:00:00.000Z', pendingStartedAt: null });
  });

  it('applies a later start date at once, and it replaces an earlier one that waited', async () => {
    const omar = await t.as(DEMO.ops);
    const { id } = await (
      await omar.post('/api/users', newPerson('kim@example.com', ['marketer'], '2026-01-01'))
    ).json();
    const later = await (await omar.patch(`/api/users/${id}`, { startedAt: '2026-11-20' })).json();
    expect(later).toMatchObject({ startedAt: '2026-11-20T00:00:00.000Z', pendingStartedAt: null });
    const { items } = await (await omar.get(`/api/user-changes?user=${id}`)).json();
    expect(items.map((c: { status: string }) => c.status)).toEqual(['cancelled']);
  });

  it('is confirmed by operations when the owner proposed it, and by nobody else', async () => {
    const dana = await idOf(t, DEMO.owner);
    // Mia's account was seeded: nobody here created it, so Omar may confirm for her.
    const id = await idOf(t, DEMO.marketer);
    // An owner who is also an admin (set up directly) proposes an earlier date.
    await t.db.execute(sql`UPDATE users SET roles = ARRAY['owner','admin'] WHERE id = ${dana}`);
    const owner = await t.as(DEMO.owner);
    expect((await (await owner.patch(`/api/users/${id}`, { startedAt: '2026-06-01' })).json()).pendingStartedAt).toBe(
      '2026-06-01T00:00:00.000Z',
    );
    // Lee's account was created by Omar: he may not confirm anything about it.
    const { id: lee } = await (
      await (await t.as(DEMO.ops)).post('/api/users', newPerson('lee@example.com', ['viewer']))
    ).json();
    await owner.patch(`/api/users/${lee}`, { startedAt: '2026-06-01' });
    const [forLee] = await pendingFor(await t.as(DEMO.ops), lee);
    expect(forLee?.cannotConfirmBecause).toBe('stand_in');
    const [change] = await pendingFor(owner, id);
    expect(change).toMatchObject({ confirmers: 'operations', cannotConfirmBecause: 'own_change' });
    await expectRefusal(await owner.post(`/api/user-changes/${change?.id}/confirm`, {}), 403, 'own_change');
    for (const email of [DEMO.viewer, DEMO.marketer]) {
      await expectRefusal(
        await (await t.as(email)).post(`/api/user-changes/${change?.id}/confirm`, {}),
        403,
        'forbidden',
      );
    }
    expect((await (await t.as(DEMO.ops)).post(`/api/user-changes/${change?.id}/confirm`, {})).status).toBe(200);
    await t.db.execute(sql`UPDATE users SET roles = ARRAY['owner'] WHERE id = ${dana}`);
  });
});
