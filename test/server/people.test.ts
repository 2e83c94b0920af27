import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function userId(email: string) {
  const ops = await t.as(DEMO.ops);
  const { items } = await (await ops.get('/api/users')).json();
  return items.find((u: { email: string }) => u.email === email).id as string;
}

const newUser = (email: string, roles: string[]) => ({
  email,
  name: 'Test Person',
  team: 'Testing',
  startedAt: '2026-01-05',
  roles,
  password: 'long-enough-password',
});

describe('people and roles', () => {
  it('lists users without password hashes', async () => {
    const vera = await t.as(DEMO.viewer);
    const { items } = await (await vera.get('/api/users')).json();
    expect(items).toHaveLength(5);
    expect(JSON.stringify(items)).not.toContain('scrypt');
  });

  it('lets only admin add people', async () => {
    for (const email of [DEMO.owner, DEMO.marketer, DEMO.viewer]) {
      const res = await (await t.as(email)).post('/api/users', newUser(`x-${email}`, ['viewer']));
      expect(res.status).toBe(403);
      expect((await res.json()).code).toBe('forbidden');
    }
    const ok = await (await t.as(DEMO.ops)).post('/api/users', newUser('added@example.com', ['viewer']));
    expect(ok.status).toBe(201);
  });

  it('records a refused attempt in the audit log', async () => {
    await (await t.as(DEMO.marketer)).post('/api/users', newUser('sneaky@example.com', ['owner']));
    const { items } = await (await (await t.as(DEMO.ops)).get('/api/audit?action=access.refused')).json();
    expect(items.some((e: { actor: string }) => e.actor === DEMO.marketer)).toBe(true);
  });

  it('never lets a marketer hold owner, operations or admin (409 separation_of_duties)', async () => {
    const ops = await t.as(DEMO.ops);
    for (const roles of [
      ['marketer', 'owner'],
      ['marketer', 'operations'],
      ['marketer', 'admin'],
    ]) {
      const created = await ops.post('/api/users', newUser(`sod-${roles[1]}@example.com`, roles));
      expect(created.status).toBe(409);
      expect((await created.json()).code).toBe('separation_of_duties');
    }
    const mia = await userId(DEMO.marketer);
    for (const roles of [
      ['marketer', 'operations'],
      ['marketer', 'admin'],
    ]) {
      const updated = await ops.patch(`/api/users/${mia}`, { roles });
      expect(updated.status).toBe(409);
      expect((await updated.json()).code).toBe('separation_of_duties');
    }
  });

  it('keeps exactly one owner: a confirmed handover transfers it, audited', async () => {
    const ops = await t.as(DEMO.ops);
    const vera = await userId(DEMO.viewer);
    const dana = await userId(DEMO.owner);
    const res = await ops.patch(`/api/users/${vera}`, { roles: ['viewer', 'owner'] });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ roles: ['viewer'], pendingRoles: ['owner'] });
    const { items: pending } = await (await ops.get(`/api/user-changes?status=pending&user=${vera}`)).json();
    expect(pending).toHaveLength(1);
    // The current owner confirms handing over: neither the proposer nor the new owner.
    const confirmed = await (await t.as(DEMO.owner)).post(`/api/user-changes/${pending[0].id}/confirm`, {});
    expect(confirmed.status).toBe(200);
    const { items } = await (await ops.get('/api/users')).json();
    const owners = items.filter((u: { roles: string[] }) => u.roles.includes('owner'));
    expect(owners.map((u: { id: string }) => u.id)).toEqual([vera]);
    const owner = await (await ops.get('/api/workspace/owner')).json();
    expect(owner.owner.id).toBe(vera);
    const audit = await (await ops.get('/api/audit?action=users.owner_transferred')).json();
    expect(audit.items[0].targetId).toBe(dana);
    // and back, so later tests see the demo owner: Vera confirms handing it back (she did not
    // create Omar's account, nor he hers).
    const back = await (await ops.patch(`/api/users/${dana}`, { roles: ['owner'] })).json();
    expect(back.pendingRoles).toEqual(['owner']);
    const { items: again } = await (await ops.get(`/api/user-changes?status=pending&user=${dana}`)).json();
    const veraClient = await t.as(DEMO.viewer);
    expect((await veraClient.post(`/api/user-changes/${again[0].id}/confirm`, {})).status).toBe(200);
    expect((await (await ops.get('/api/workspace/owner')).json()).owner.id).toBe(dana);
  });

  it('refuses to leave the workspace without an owner', async () => {
    const ops = await t.as(DEMO.ops);
    const dana = await userId(DEMO.owner);
    const demote = await ops.patch(`/api/users/${dana}`, { roles: ['viewer'] });
    expect(demote.status).toBe(409);
    expect((await demote.json()).code).toBe('owner_required');
    const deactivate = await ops.patch(`/api/users/${dana}`, { active: false });
    expect((await deactivate.json()).code).toBe('owner_required');
  });

  it('deactivating someone ends their sessions', async () => {
    const person = await (await t.as(DEMO.ops)).post('/api/users', newUser('leaver@example.com', ['viewer']));
    const { id } = await person.json();
    const leaver = await t.as('leaver@example.com', 'long-enough-password');
    expect((await leaver.get('/api/session')).status).toBe(200);
    expect((await (await t.as(DEMO.ops)).patch(`/api/users/${id}`, { active: false })).status).toBe(200);
    expect((await leaver.get('/api/session')).status).toBe(401);
  });

  it('validates updates field by field', async () => {
    const ops = await t.as(DEMO.ops);
    const res = await ops.patch(`/api/users/${await userId(DEMO.viewer)}`, { startedAt: 'yesterday', roles: ['king'] });
    expect(res.status).toBe(422);
    const paths = (await res.json()).issues.map((i: { path: (string | number)[] }) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(['startedAt', 'roles']));
    expect((await ops.patch('/api/users/not-a-uuid', { name: 'x' })).status).toBe(422);
  });
});

describe('API tokens', () => {
  it('are created by operations or admin, shown once, and work as bearer tokens', async () => {
    const ops = await t.as(DEMO.ops);
    const res = await ops.post('/api/tokens', { name: 'Automation platform', scopes: ['read'] });
    expect(res.status).toBe(201);
    const { id, token } = await res.json();
    expect(token).toMatch(/^chr_/);
    const list = await (await ops.get('/api/tokens')).json();
    expect(JSON.stringify(list)).not.toContain(token);
    expect(list.items.find((x: { id: string }) => x.id === id).scopes).toEqual(['read']);
    // a bearer write needs no Origin; a read-scoped token may read the audit log
    const machine = t.withToken(token);
    expect((await machine.get('/api/audit/verify')).status).toBe(200);
  });

  it('are limited to their scopes, and dead once revoked', async () => {
    const ops = await t.as(DEMO.ops);
    const { id, token } = await (await ops.post('/api/tokens', { name: 'checks', scopes: ['firewall:check'] })).json();
    const machine = t.withToken(token);
    expect((await machine.get('/api/audit')).status).toBe(403);
    expect((await machine.post('/api/tokens', { name: 'y', scopes: ['read'] })).status).toBe(403);
    expect((await ops.delete(`/api/tokens/${id}`)).status).toBe(204);
    const after = await machine.get('/api/users');
    expect(after.status).toBe(401);
    expect((await after.json()).code).toBe('unauthenticated');
  });

  it('cannot be created by owner, marketer or viewer; bad scopes are named', async () => {
    for (const email of [DEMO.owner, DEMO.marketer, DEMO.viewer]) {
      expect((await (await t.as(email)).post('/api/tokens', { name: 'x', scopes: ['read'] })).status).toBe(403);
    }
    const bad = await (await t.as(DEMO.ops)).post('/api/tokens', { name: '', scopes: ['root'] });
    expect(bad.status).toBe(422);
    const paths = (await bad.json()).issues.map((i: { path: string[] }) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(['name', 'scopes']));
  });

  it('an unknown bearer token is a 401', async () => {
    expect((await t.withToken('chr_nope').get('/api/users')).status).toBe(401);
  });
});
