import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './harness';
import { addConfirmed, idOf } from './people-helpers';

/**
 * A token never outlives its creator's access (docs/operations.md, "API tokens"): deactivating a
 * person revokes the tokens they created, in the same transaction, audited.
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const check = (token: string) =>
  t.withToken(token).post('/api/firewall/check', { channel: 'email', contactIds: ['nobody-at-all'] });

describe('tokens and their creator', () => {
  it('are revoked when their creator is deactivated, audited, and stay revoked on reactivation', async () => {
    const { id, client: ops } = await addConfirmed(t, 'tess.ops@example.com', ['operations']);
    const { id: tokenId, token } = await (
      await ops.post('/api/tokens', { name: 'Platform', scopes: ['firewall:check'] })
    ).json();
    expect((await check(token)).status).toBe(200);
    expect((await check(token)).status).toBe(200); // now answered from memory

    const omar = await t.as(DEMO.ops);
    expect((await omar.patch(`/api/users/${id}`, { active: false })).status).toBe(200);
    const refused = await check(token);
    expect(refused.status).toBe(401);
    expect((await refused.json()).code).toBe('unauthenticated');
    const listed = (await (await omar.get('/api/tokens')).json()).items.find((x: { id: string }) => x.id === tokenId);
    expect(listed.revokedAt).not.toBeNull();
    const audit = await (await omar.get(`/api/audit?action=tokens.revoked&target=${tokenId}`)).json();
    expect(audit.items[0]).toMatchObject({ actor: DEMO.ops, after: { why: 'creator_deactivated' } });

    expect((await omar.patch(`/api/users/${id}`, { active: true })).status).toBe(200);
    expect((await check(token)).status).toBe(401);
  });

  it('are refused whenever their creator is inactive, even if a revocation was missed', async () => {
    const omar = await t.as(DEMO.ops);
    const { token } = await (await omar.post('/api/tokens', { name: 'Reader', scopes: ['firewall:check'] })).json();
    const omarId = await idOf(t, DEMO.ops);
    // Outside the app, as a restore of an old backup might leave it: the creator inactive, the token not revoked.
    await t.db.execute(sql`UPDATE users SET active = false WHERE id = ${omarId}`);
    try {
      expect((await check(token)).status).toBe(401);
    } finally {
      await t.db.execute(sql`UPDATE users SET active = true WHERE id = ${omarId}`);
    }
    expect((await check(token)).status).toBe(200);
  });
  it('are revoked when their creator no longer holds a role that manages tokens, audited', async () => {
    // Moved from operations to marketing, a person must not keep writing contacts (and so moving
    // them between segments) through a token they made before.
    const { id, client: ops } = await addConfirmed(t, 'theo.ops@example.com', ['operations']);
    const { id: tokenId, token } = await (
      await ops.post('/api/tokens', { name: 'Loader', scopes: ['contacts:write', 'firewall:check'] })
    ).json();
    const write = () =>
      t.withToken(token).put('/api/contacts', { contacts: [{ id: 'moved-on-1', attributes: { plan: 'pro' } }] });
    expect((await write()).status).toBe(200);

    const omar = await t.as(DEMO.ops);
    expect((await omar.patch(`/api/users/${id}`, { roles: ['marketer'] })).status).toBe(200);
    expect((await write()).status).toBe(401);
    expect((await check(token)).status).toBe(401);
    const audit = await (await omar.get(`/api/audit?action=tokens.revoked&target=${tokenId}`)).json();
    expect(audit.items[0]).toMatchObject({ actor: DEMO.ops, after: { why: 'creator_lost_role' } });
  });

  it('are refused whenever their creator holds no role that manages tokens, even if a revocation was missed', async () => {
    const { id, client: ops } = await addConfirmed(t, 'tara.ops@example.com', ['operations']);
    const { token } = await (await ops.post('/api/tokens', { name: 'Checker', scopes: ['firewall:check'] })).json();
    // Outside the app (an old backup restored): the creator a viewer now, the token not revoked.
    await t.db.execute(sql`UPDATE users SET roles = ARRAY['viewer']::text[] WHERE id = ${id}`);
    expect((await check(token)).status).toBe(401);
  });
});
