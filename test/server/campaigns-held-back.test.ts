import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

/**
 * GET /api/campaigns/{id}/held-back: what a send of their own campaign would hold back, for a
 * marketer who is observing first (docs/rules.md, "Onboarding"). A dry run of the firewall's own
 * decisions: nothing is sent, recorded or counted, and it is no way around any rule.
 */

let t: TestApp;
let nick: Client;
let mia: Client;
let ops: Client;
beforeAll(async () => {
  t = await createTestApp();
  [nick, mia, ops] = await Promise.all([t.as(DEMO.newHire), t.as(DEMO.marketer), t.as(DEMO.ops)]);
});
afterAll(() => t.close());

async function campaign(client: Client, targetSegment: string | null = 'evaluation'): Promise<string> {
  const res = await client.post('/api/campaigns', { name: 'Tips digest', channel: 'email', targetSegment, copy: '' });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

const heldBack = (client: Client, id: string) => client.get(`/api/campaigns/${id}/held-back`);

/** What the firewall has recorded: checks in its log, and the month's segment-unsafe attempts. */
async function recorded() {
  const [decisions, metrics] = await Promise.all([
    (await ops.get('/api/firewall/decisions?limit=500')).json(),
    (await ops.get('/api/metrics/governance')).json(),
  ]);
  return { decisions: decisions.items.length, unsafe: metrics.segmentUnsafeAttempts };
}

describe('what a new hire’s campaign would hold back', () => {
  it('answers by reason with every member held back, and records and counts nothing', async () => {
    const id = await campaign(nick);
    const members = (await (await ops.get('/api/segments/evaluation')).json()).memberCount;
    expect(members).toBeGreaterThan(0);
    const before = await recorded();
    const res = await heldBack(nick, id);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.contactCount).toBe(members);
    expect(body.heldBack).toBe(members);
    expect(body.byReason).toMatchObject({ actor_onboarding: members, segment_paused: members });
    expect(body.breakdown.map((r: { reason: string; segmentName: string }) => [r.reason, r.segmentName])).toEqual(
      expect.arrayContaining([
        ['actor_onboarding', 'Evaluation'],
        ['segment_paused', 'Evaluation'],
      ]),
    );
    expect(new Date(body.onboardingUntil).getTime()).toBeGreaterThan(t.clock.now().getTime());
    // No request id to report sends against, and not one contact named.
    expect(Object.keys(body).sort()).toEqual(['breakdown', 'byReason', 'contactCount', 'heldBack', 'onboardingUntil']);
    const someMember = (await (await ops.get('/api/segments/evaluation/members?limit=1')).json()).items[0].id;
    expect(JSON.stringify(body)).not.toContain(someMember);
    expect(await recorded()).toEqual(before);
  });

  it('is the same decision a send request makes, which is recorded', async () => {
    const id = await campaign(nick);
    const preview = await (await heldBack(nick, id)).json();
    const before = await recorded();
    const sent = await (await nick.post(`/api/campaigns/${id}/request-send`)).json();
    expect(sent.summary.allowed).toBe(0);
    expect(sent.summary.byReason).toEqual(preview.byReason);
    expect(sent.breakdown).toEqual(preview.breakdown);
    expect((await recorded()).unsafe).toBe(before.unsafe + 1);
  });
});

describe('consent in the dry run', () => {
  const settings = '/api/firewall/settings/proposals';
  async function mapConsent(value: Record<string, string>) {
    const rationale = 'Marketing email only with an explicit opt-in, as the privacy review asked.';
    const proposed = await ops.post(settings, { settingKey: 'consent_mapping', value, rationale });
    expect(proposed.status).toBe(201);
    const dana = await t.as(DEMO.owner);
    const approved = await dana.post(`${settings}/${(await proposed.json()).id}/approve`, { revision: 1 });
    expect(approved.status).toBe(200);
  }

  it('holds back contacts without consent for the channel, as the recorded check does', async () => {
    const id = await campaign(nick);
    expect((await (await heldBack(nick, id)).json()).byReason.no_consent).toBe(0);
    await mapConsent({ email: 'email_opt_in' });
    try {
      const preview = await (await heldBack(nick, id)).json();
      expect(preview.byReason.no_consent).toBeGreaterThan(0);
      expect(preview.byReason.no_consent).toBeLessThan(preview.contactCount);
      expect(preview.breakdown.map((r: { reason: string }) => r.reason)).toContain('no_consent');
      const sent = await (await nick.post(`/api/campaigns/${id}/request-send`)).json();
      expect(sent.summary.byReason).toEqual(preview.byReason);
    } finally {
      await mapConsent({});
    }
  });
});

describe('who may ask, and what it cannot be used for', () => {
  it('refuses every role that does not write campaigns, and tokens, before reading the id', async () => {
    const id = await campaign(nick);
    for (const email of [DEMO.owner, DEMO.ops, DEMO.viewer]) {
      const client = await t.as(email);
      for (const path of [id, 'not-an-id']) {
        const res = await heldBack(client, path);
        expect([email, res.status, (await res.json()).code]).toEqual([email, 403, 'forbidden']);
      }
    }
    const created = await (
      await ops.post('/api/tokens', { name: 'all scopes', scopes: ['read', 'firewall:check'] })
    ).json();
    expect((await heldBack(t.withToken(created.token), id)).status).toBe(403);
    expect((await heldBack(t.anonymous, id)).status).toBe(401);
  });

  it('answers only the campaign’s creator', async () => {
    const res = await heldBack(mia, await campaign(nick));
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('not_creator');
  });

  it('answers only while the creator observes: past onboarding a send is requested, and recorded', async () => {
    const res = await heldBack(mia, await campaign(mia));
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('not_observing');
  });

  it('stops answering the day observing ends', async () => {
    const id = await campaign(nick);
    expect((await heldBack(nick, id)).status).toBe(200);
    const later = 30 * 86_400_000;
    t.clock.advance(later);
    try {
      // Sessions last hours, not weeks: a fresh sign-in on the day after.
      const res = await heldBack(await t.as(DEMO.newHire), id);
      expect([res.status, (await res.json()).code]).toEqual([403, 'not_observing']);
    } finally {
      t.clock.advance(-later);
    }
  });

  it('is read-only: there is no way to post to it', async () => {
    const id = await campaign(nick);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await t.request(`/api/campaigns/${id}/held-back`, {
        method,
        headers: { origin: 'http://localhost' },
      });
      expect(res.status, method).toBe(404);
    }
  });

  it('says what is missing for a campaign with no target', async () => {
    const res = await heldBack(nick, await campaign(nick, null));
    expect([res.status, (await res.json()).code]).toEqual([409, 'no_target']);
  });

  it('answers hostile ids with 404 or 422, never a 5xx', async () => {
    expect((await heldBack(nick, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    for (const id of ['%00', '%ED%A0%80', '__proto__', 'constructor', encodeURIComponent('x'.repeat(1_000_000))]) {
      const res = await heldBack(nick, id);
      expect(res.status, id.slice(0, 20)).toBe(422);
      expect((await res.json()).issues?.[0]?.path).toEqual(['id']);
    }
  });
});
