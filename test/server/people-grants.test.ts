import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './harness';
import { addConfirmed, expectRefusal, idOf, newPerson, PASSWORD, pendingFor } from './people-helpers';

/** Owner, operations and admin are two-person grants (docs/rules.md, "No stand-ins"). */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('granting owner, operations or admin takes two people', () => {
  it('creates the account at once, and the role only when a second person confirms, audited', async () => {
    const omar = await t.as(DEMO.ops);
    const res = await omar.post('/api/users', newPerson('olga@example.com', ['operations', 'viewer']));
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toMatchObject({ roles: ['viewer'], pendingRoles: ['operations'], pendingStartedAt: null });
    const olga = await t.as('olga@example.com', PASSWORD);
    expect((await (await olga.get('/api/session')).json()).user.roles).toEqual(['viewer']);

    const [asOmar] = await pendingFor(omar, created.id);
    expect(asOmar).toMatchObject({ role: 'operations', confirmers: 'owner_or_admin', canConfirm: false });
    expect(asOmar?.cannotConfirmBecause).toBe('own_change');
    expect(asOmar?.canWithdraw).toBe(true);
    const dana = await t.as(DEMO.owner);
    const [asDana] = await pendingFor(dana, created.id);
    expect(asDana).toMatchObject({ canConfirm: true, cannotConfirmBecause: null, canWithdraw: false });

    const confirmed = await dana.post(`/api/user-changes/${asDana?.id}/confirm`, { note: 'New in Revenue Ops.' });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ status: 'confirmed', decidedBy: { email: DEMO.owner } });
    expect((await (await olga.get('/api/session')).json()).user.roles).toEqual(['viewer', 'operations']);
    const audit = await (await dana.get(`/api/audit?target=${created.id}&action=users.`)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual([
      'users.role_granted',
      'users.grant_proposed',
      'users.created',
    ]);
    await expectRefusal(await dana.post(`/api/user-changes/${asDana?.id}/confirm`, {}), 409, 'not_pending');
  });

  it('refuses the proposer, the person it is about, and every role that may not confirm', async () => {
    const omar = await t.as(DEMO.ops);
    const { id } = await (await omar.post('/api/users', newPerson('adam@example.com', ['admin']))).json();
    const [change] = await pendingFor(omar, id);
    const url = `/api/user-changes/${change?.id}/confirm`;
    await expectRefusal(await omar.post(url, {}), 403, 'own_change');
    // Adam holds no confirming role yet; the owner cannot confirm a grant to herself either.
    await expectRefusal(await (await t.as('adam@example.com', PASSWORD)).post(url, {}), 403, 'forbidden');
    const dana = await t.as(DEMO.owner);
    await omar.patch(`/api/users/${await idOf(t, DEMO.owner)}`, { roles: ['owner', 'admin'] });
    const [toDana] = await pendingFor(dana, await idOf(t, DEMO.owner));
    await expectRefusal(await dana.post(`/api/user-changes/${toDana?.id}/confirm`, {}), 403, 'own_account');
    expect((await omar.post(`/api/user-changes/${toDana?.id}/withdraw`)).status).toBe(200);
    for (const email of [DEMO.marketer, DEMO.newHire, DEMO.viewer]) {
      // Permission before validation: a body the route would refuse still gets 403.
      await expectRefusal(await (await t.as(email)).post(url, { note: 7, extra: true }), 403, 'forbidden');
      await expectRefusal(
        await (await t.as(email)).post(`/api/user-changes/${change?.id}/reject`, {}),
        403,
        'forbidden',
      );
    }
    const { token } = await (await omar.post('/api/tokens', { name: 'reader', scopes: ['read'] })).json();
    await expectRefusal(await t.withToken(token).post(url, {}), 403, 'forbidden');
    expect((await t.anonymous.post(url, {})).status).toBe(401);
    const refused = await (await t.as(DEMO.owner)).get('/api/audit?action=access.refused&actor=vera');
    expect((await refused.json()).items.map((e: { targetId: string }) => e.targetId)).toContain(`POST ${url}`);
    expect((await pendingFor(omar, id)).map((c) => c.status)).toEqual(['pending']);
  });

  it('lists changes to everyone who reads people and to read tokens; other tokens get 403 before the query is read', async () => {
    const omar = await t.as(DEMO.ops);
    const reader = (await (await omar.post('/api/tokens', { name: 'lister', scopes: ['read'] })).json()).token;
    const checker = (await (await omar.post('/api/tokens', { name: 'checker', scopes: ['firewall:check'] })).json())
      .token;
    for (const client of [await t.as(DEMO.marketer), await t.as(DEMO.viewer), t.withToken(reader)]) {
      const res = await client.get('/api/user-changes');
      expect(res.status).toBe(200);
      expect((await res.json()).items.every((c: { canConfirm: boolean }) => !c.canConfirm)).toBe(true);
    }
    await expectRefusal(await t.withToken(checker).get('/api/user-changes?status=bogus'), 403, 'forbidden');
    expect((await t.anonymous.get('/api/user-changes')).status).toBe(401);
    const bad = await omar.get('/api/user-changes?status=bogus&user=1');
    expect(bad.status).toBe(422);
    expect((await bad.json()).issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual(['status', 'user']);
  });

  it('lets only admin propose: adding or changing people is refused before the body is read', async () => {
    const viewer = await idOf(t, DEMO.viewer);
    for (const email of [DEMO.owner, DEMO.marketer, DEMO.viewer]) {
      const client = await t.as(email);
      await expectRefusal(await client.post('/api/users', { roles: ['king'] }), 403, 'forbidden');
      await expectRefusal(await client.patch(`/api/users/${viewer}`, { roles: 'owner' }), 403, 'forbidden');
    }
  });

  it('treats reactivating someone who kept operations or admin as a new grant', async () => {
    const { id } = await addConfirmed(t, 'rita@example.com', ['operations']);
    const omar = await t.as(DEMO.ops);
    expect((await omar.patch(`/api/users/${id}`, { active: false })).status).toBe(200);
    const back = await (await omar.patch(`/api/users/${id}`, { active: true })).json();
    expect(back).toMatchObject({ active: true, roles: [], pendingRoles: ['operations'] });
    const audit = await (await omar.get(`/api/audit?target=${id}&action=users.reactivated`)).json();
    expect(audit.items).toHaveLength(1);
  });

  it('removes a role at once; giving it back waits again', async () => {
    const { id } = await addConfirmed(t, 'remo@example.com', ['admin', 'viewer']);
    const omar = await t.as(DEMO.ops);
    expect(await (await omar.patch(`/api/users/${id}`, { roles: ['viewer'] })).json()).toMatchObject({
      roles: ['viewer'],
      pendingRoles: [],
    });
    expect(await (await omar.patch(`/api/users/${id}`, { roles: ['viewer', 'admin'] })).json()).toMatchObject({
      roles: ['viewer'],
      pendingRoles: ['admin'],
    });
  });

  it('cancels a waiting grant the roles no longer ask for, or when the person is deactivated, audited', async () => {
    const omar = await t.as(DEMO.ops);
    const { id } = await (await omar.post('/api/users', newPerson('cora@example.com', ['operations', 'admin']))).json();
    // Saving the same roles again keeps what waits; dropping one cancels it.
    await omar.patch(`/api/users/${id}`, { roles: ['operations', 'admin'], name: 'Cora' });
    expect((await pendingFor(omar, id)).map((c) => c.role).sort()).toEqual(['admin', 'operations']);
    const after = await (await omar.patch(`/api/users/${id}`, { roles: ['admin'] })).json();
    expect(after.pendingRoles).toEqual(['admin']);
    // Made a marketer: what waits would break separation of duties, so it is cancelled with it.
    await expectRefusal(
      await omar.patch(`/api/users/${id}`, { roles: ['marketer', 'admin'] }),
      409,
      'separation_of_duties',
    );
    expect((await omar.patch(`/api/users/${id}`, { active: false })).status).toBe(200);
    expect(await pendingFor(omar, id)).toEqual([]);
    const { items } = await (await omar.get(`/api/user-changes?user=${id}`)).json();
    expect(items.map((c: { status: string }) => c.status)).toEqual(['cancelled', 'cancelled']);
    const audit = await (await omar.get(`/api/audit?target=${id}&action=users.change_cancelled`)).json();
    expect(audit.items).toHaveLength(2);
  });

  it('lets a proposal stand only while its proposer still manages people', async () => {
    const { id: ada, client: adaClient } = await addConfirmed(t, 'ada.admin@example.com', ['admin']);
    const { id } = await (await adaClient.post('/api/users', newPerson('ned@example.com', ['operations']))).json();
    const omar = await t.as(DEMO.ops);
    expect((await omar.patch(`/api/users/${ada}`, { roles: ['viewer'] })).status).toBe(200);
    const dana = await t.as(DEMO.owner);
    const [grant] = await pendingFor(dana, id);
    await expectRefusal(await dana.post(`/api/user-changes/${grant?.id}/confirm`, {}), 409, 'proposer_not_admin');
  });

  it('rejects with a reason; only the proposer withdraws', async () => {
    const omar = await t.as(DEMO.ops);
    const dana = await t.as(DEMO.owner);
    const { id } = await (await omar.post('/api/users', newPerson('rex@example.com', ['admin', 'viewer']))).json();
    const [change] = await pendingFor(omar, id);
    const reject = `/api/user-changes/${change?.id}/reject`;
    const short = await dana.post(reject, { reason: 'no' });
    expect(short.status).toBe(422);
    expect((await short.json()).issues[0].path).toEqual(['reason']);
    await expectRefusal(await dana.post(`/api/user-changes/${change?.id}/withdraw`), 403, 'forbidden');
    const rejected = await dana.post(reject, { reason: 'Admin stays with one person for now.' });
    expect(await rejected.json()).toMatchObject({ status: 'rejected', note: 'Admin stays with one person for now.' });

    const { id: other } = await (await omar.post('/api/users', newPerson('wil@example.com', ['admin']))).json();
    const [second] = await pendingFor(omar, other);
    const withdrawn = await omar.post(`/api/user-changes/${second?.id}/withdraw`);
    expect(await withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    await expectRefusal(await omar.post(`/api/user-changes/${second?.id}/withdraw`), 409, 'not_pending');
  });

  it('names the field for hostile input, and never answers 5xx', async () => {
    const omar = await t.as(DEMO.ops);
    const dana = await t.as(DEMO.owner);
    const { id } = await (await omar.post('/api/users', newPerson('hal@example.com', ['admin']))).json();
    const [change] = await pendingFor(omar, id);
    const confirm = `/api/user-changes/${change?.id}/confirm`;
    for (const note of ['a\u0000b', 'lone \ud800 surrogate', 'x'.repeat(1_000_000)]) {
      const res = await dana.post(confirm, { note });
      expect(res.status).toBe(422);
      expect((await res.json()).issues[0].path).toEqual(['note']);
    }
    const withProto = await dana.post(confirm, JSON.parse('{"__proto__":{"note":"x"},"constructor":1}'));
    expect(withProto.status).toBe(422);
    expect((await dana.post('/api/user-changes/not-a-uuid/confirm', {})).status).toBe(422);
    expect((await dana.get('/api/user-changes?status=%00')).status).toBe(422);
    expect((await dana.post(`/api/user-changes/${crypto.randomUUID()}/confirm`, {})).status).toBe(404);
    expect((await pendingFor(omar, id)).map((c) => c.status)).toEqual(['pending']);
  });
});

describe('a marketer never holds admin', () => {
  it('is refused by the database itself, like owner and operations', async () => {
    const mia = await idOf(t, DEMO.marketer);
    const err = await t.db.execute(sql`UPDATE users SET roles = ARRAY['marketer','admin'] WHERE id = ${mia}`).then(
      () => null,
      (e: { cause?: { constraint?: string } }) => e,
    );
    expect(err?.cause?.constraint).toBe('users_separation_of_duties');
  });
});
