import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '#server/db/rows';
import { standardFixture, tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { addConfirmed, pendingFor } from './people-helpers';

/**
 * Who a send is for (docs/rules.md, "The firewall check" and "The owner does not run campaigns"):
 * a campaign's creator is an actor of every send that names it, and a send whose actor is the
 * segmentation owner is held with its own reason.
 */
let t: TestApp;
let token: Client;
let nickCampaign: string;
let miaCampaign: string;
beforeAll(async () => {
  t = await createTestApp();
  await standardFixture(t.db);
  token = t.withToken(await tokenWith(t, ['firewall:check']));
  const create = async (email: string, name: string) => {
    const res = await (await t.as(email)).post('/api/campaigns', {
      name,
      channel: 'email',
      targetSegment: 'fw-open',
      copy: 'Hello.',
    });
    if (res.status !== 201) throw new Error(`campaign: ${res.status} ${await res.text()}`);
    return (await res.json()).id as string;
  };
  nickCampaign = await create(DEMO.newHire, 'Nick’s first campaign');
  miaCampaign = await create(DEMO.marketer, 'Mia’s campaign');
});
afterAll(() => t.close());

type Decision = { contactId: string; reasons: string[] };
const reasons = (body: { decisions: Decision[] }) => body.decisions[0]?.reasons;
const post = async (client: Client, body: Record<string, unknown>) => {
  const res = await client.post('/api/firewall/check', { channel: 'email', contactIds: ['fw-c-open'], ...body });
  return { status: res.status, body: await res.json() };
};
const actorOf = async (requestId: string) => {
  const [row] = rowsOf<{ email: string | null }>(
    await t.db.execute(sql`SELECT u.email FROM firewall_requests r LEFT JOIN users u ON u.id = r.actor_id
      WHERE r.id = ${requestId}`),
  );
  return row?.email ?? null;
};

describe('a campaign’s creator is an actor of its send', () => {
  it('holds a token’s check of a new hire’s campaign that names no actor, recorded as the creator’s', async () => {
    const res = await post(token, { campaignId: nickCampaign });
    expect(res.status).toBe(200);
    expect(reasons(res.body)).toEqual(['actor_onboarding']);
    expect(await actorOf(res.body.requestId)).toBe(DEMO.newHire);
    // Nick's learning view counts it among what was held back for him.
    const learning = await (await (await t.as(DEMO.newHire)).get('/api/firewall/learning')).json();
    expect(learning.suppressed.yours).toBeGreaterThan(0);
  });

  it('lets a token name the creator, and refuses one naming anybody else (403 actor_mismatch, audited)', async () => {
    const named = await post(token, { campaignId: nickCampaign, actor: DEMO.newHire.toUpperCase() });
    expect(reasons(named.body)).toEqual(['actor_onboarding']);
    const before = rowsOf<{ n: number }>(await t.db.execute(sql`SELECT count(*)::int AS n FROM firewall_requests`));
    const other = await post(token, { campaignId: nickCampaign, actor: DEMO.marketer });
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('actor_mismatch');
    const after = rowsOf<{ n: number }>(await t.db.execute(sql`SELECT count(*)::int AS n FROM firewall_requests`));
    expect(after).toEqual(before);
    const audit = await (await t.as(DEMO.owner)).get('/api/audit?action=access.refused&limit=1');
    expect((await audit.json()).items[0].after).toMatchObject({ code: 'actor_mismatch' });
    // Mia's own campaign, named by her: past onboarding, nothing holds it.
    const mine = await post(token, { campaignId: miaCampaign, actor: DEMO.marketer });
    expect(reasons(mine.body)).toEqual([]);
  });

  it('holds a signed-in sender’s check of a new hire’s campaign: both are actors', async () => {
    const mia = await t.as(DEMO.marketer);
    const res = await post(mia, { campaignId: nickCampaign });
    expect(res.status).toBe(200);
    expect(reasons(res.body)).toEqual(['actor_onboarding']);
    expect(await actorOf(res.body.requestId)).toBe(DEMO.marketer);
    expect(reasons((await post(mia, { campaignId: miaCampaign })).body)).toEqual([]);
  });
});

describe('a token sends with its creator’s standing', () => {
  it('holds a token made by someone in onboarding, whoever it names or leaves out', async () => {
    // Operations may make tokens; a new hire in operations must not send through one what their
    // own checks hold back (docs/rules.md, "Onboarding").
    const { client: tess } = await addConfirmed(t, 'tess.newops@example.com', ['operations']);
    expect(reasons(await post(tess, {}).then((r) => r.body))).toEqual(['actor_onboarding']);
    const res = await tess.post('/api/tokens', { name: 'Side door', scopes: ['firewall:check'] });
    const sideDoor = t.withToken((await res.json()).token);
    expect(reasons((await post(sideDoor, {})).body)).toEqual(['actor_onboarding']);
    expect(reasons((await post(sideDoor, { actor: DEMO.marketer })).body)).toEqual(['actor_onboarding']);
    expect(reasons((await post(sideDoor, { campaignId: miaCampaign })).body)).toEqual(['actor_onboarding']);
    // A token made by someone past onboarding holds nothing of its own.
    expect(reasons((await post(token, {})).body)).toEqual([]);
  });

  it('follows a change to its maker at once, though the token is kept in memory', async () => {
    const { id, client: uma } = await addConfirmed(t, 'uma.newops@example.com', ['operations']);
    const res = await uma.post('/api/tokens', { name: 'Uma’s platform', scopes: ['firewall:check'] });
    const platform = t.withToken((await res.json()).token);
    expect(reasons((await post(platform, {})).body)).toEqual(['actor_onboarding']);
    // An earlier start date, asked by the admin and confirmed by a second person, ends her onboarding.
    const omar = await t.as(DEMO.ops);
    expect((await omar.patch(`/api/users/${id}`, { startedAt: '2025-01-06' })).status).toBe(200);
    const dana = await t.as(DEMO.owner);
    for (const change of await pendingFor(dana, id)) {
      expect((await dana.post(`/api/user-changes/${change.id}/confirm`, {})).status).toBe(200);
    }
    expect(reasons((await post(platform, {})).body)).toEqual([]);
    // And a later one, which applies at once, starts it again.
    expect((await omar.patch(`/api/users/${id}`, { startedAt: '2026-11-15' })).status).toBe(200);
    expect(reasons((await post(platform, {})).body)).toEqual(['actor_onboarding']);
  });
});

describe('the owner does not run campaigns', () => {
  it('holds the owner’s own check with actor_is_owner, counted and explained like every reason', async () => {
    const res = await post(await t.as(DEMO.owner), { contactIds: ['fw-c-open', 'fw-c-paused', 'fw-nobody'] });
    expect(res.status).toBe(200);
    expect(res.body.decisions.map((d: Decision) => d.reasons)).toEqual([
      ['actor_is_owner'],
      ['actor_is_owner', 'segment_paused'],
      ['actor_is_owner', 'unknown_contact'],
    ]);
    expect(res.body.summary).toMatchObject({ allowed: 0, blocked: 3, byReason: { actor_is_owner: 3 } });
    const vera = await t.as(DEMO.viewer);
    const detail = await (await vera.get(`/api/firewall/requests/${res.body.requestId}`)).json();
    expect(detail.blocked[0].reasons[0]).toMatchObject({
      code: 'actor_is_owner',
      label: 'The segmentation owner does not run campaigns',
      rule: expect.stringContaining('does not run campaigns'),
    });
    const suppressed = await (await vera.get('/api/firewall/suppressed?month=2026-11')).json();
    const owner = suppressed.items.filter((i: { reason: string }) => i.reason === 'actor_is_owner');
    expect(owner.reduce((n: number, i: { count: number }) => n + i.count, 0)).toBe(3);
    const log = await (await vera.get(`/api/firewall/decisions?reason=actor_is_owner&limit=10`)).json();
    expect(log.items.length).toBe(3);
    const review = await (await vera.get('/api/reviews/2026-11')).json();
    expect(JSON.stringify(review.agenda)).toContain('actor_is_owner');
  });

  it('holds a token’s check naming the owner, or a campaign the owner created', async () => {
    expect(reasons((await post(token, { actor: DEMO.owner })).body)).toEqual(['actor_is_owner']);
    // A campaign made by someone who holds the owner role now (roles change; the campaign stays).
    const [row] = rowsOf<{ id: string }>(
      await t.db.execute(sql`INSERT INTO campaigns (name, channel, target_segment, creator_id, created_at, updated_at)
        SELECT 'Owner-made', 'email', 'fw-open', id, now(), now() FROM users WHERE email = ${DEMO.owner}
        RETURNING id`),
    );
    const res = await post(token, { campaignId: row?.id });
    expect(reasons(res.body)).toEqual(['actor_is_owner']);
    expect(await actorOf(res.body.requestId)).toBe(DEMO.owner);
    const asMia = await post(await t.as(DEMO.marketer), { campaignId: row?.id });
    expect(reasons(asMia.body)).toEqual(['actor_is_owner']);
  });
});
