import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryHash } from '#server/core/audit-chain';
import { verifyExport } from '#server/features/audit/audit.export-verify';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

/**
 * Patterns, not people (docs/rules.md): who tried an override reaches the owner only, in the
 * attempts list, in the audit log and in every export. Everyone else sees team, segment and counts.
 */

let t: TestApp;
let campaignId = '';
let readToken = '';
beforeAll(async () => {
  t = await createTestApp();
  const mia = await t.as(DEMO.marketer);
  const campaign = await mia.post('/api/campaigns', {
    name: 'Quarter push',
    channel: 'email',
    targetSegment: 'at-risk',
    copy: 'Hello.',
  });
  campaignId = (await campaign.json()).id;
  const ui = await mia.post('/api/firewall/override-attempts', { campaignId, reason: 'Quarter end, please.' });
  expect(ui.status).toBe(201);
  await (await t.as(DEMO.viewer)).get('/api/session'); // something else happens in between
  expect((await mia.post('/api/firewall/override', { target: 'evaluation', reason: 'Just once' })).status).toBe(403);
  readToken = (await (await (await t.as(DEMO.ops)).post('/api/tokens', { name: 'r', scopes: ['read'] })).json()).token;
});
afterAll(() => t.close());

const others = async (): Promise<[string, Client][]> => [
  [DEMO.ops, await t.as(DEMO.ops)],
  [DEMO.viewer, await t.as(DEMO.viewer)],
  ['read token', t.withToken(readToken)],
];

describe('patterns, not people', () => {
  it('names who tried, and their campaign, in the attempts list to the owner only', async () => {
    const owner = await (await (await t.as(DEMO.owner)).get('/api/firewall/override-attempts')).json();
    const mine = owner.items.filter((a: { actor: string }) => a.actor === DEMO.marketer);
    expect(mine.map((a: { campaignId: string | null }) => a.campaignId)).toContain(campaignId);
    for (const [who, client] of await others()) {
      const res = await client.get('/api/firewall/override-attempts');
      expect(res.status, who).toBe(200);
      const text = await res.text();
      const { items } = JSON.parse(text);
      expect(items.length, who).toBe(owner.items.length);
      expect(
        items.every((a: { actor: null; campaignId: null }) => a.actor === null && a.campaignId === null),
        who,
      ).toBe(true);
      expect(
        items.map((a: { team: string }) => a.team),
        who,
      ).toContain('Lifecycle Marketing');
      expect(text, who).not.toContain('mia.marketer@');
      expect(text, who).not.toContain(campaignId);
    }
  });

  it('withholds the actor of refused overrides in the audit log and its export, and filtering cannot find it', async () => {
    const query = '/api/audit?action=firewall.override_refused';
    const owner = await t.as(DEMO.owner);
    const asOwner = await (await owner.get(query)).json();
    expect(asOwner.items.map((e: { actor: string }) => e.actor)).toEqual([DEMO.marketer, DEMO.marketer]);
    expect((await (await owner.get(`/api/audit?actor=mia&action=firewall.`)).json()).total).toBe(2);
    for (const [who, client] of await others()) {
      const text = await (await client.get(query)).text();
      const { items } = JSON.parse(text);
      expect(
        items.map((e: { actor: string; actorId: null }) => [e.actor, e.actorId]),
        who,
      ).toEqual([
        ['withheld', null],
        ['withheld', null],
      ]);
      expect(items[0].after, who).toMatchObject({ team: 'Lifecycle Marketing', campaignId: null });
      expect(items[1].after.target, who).toBe('campaign');
      expect(text, who).not.toContain('mia.marketer@');
      expect(text, who).not.toContain('nonce');
      const byActor = await (await client.get('/api/audit?actor=mia&action=firewall.')).json();
      expect(byActor, who).toMatchObject({ items: [], total: 0 });
      const csv = await (await client.get('/api/audit/export.csv?action=firewall.override_refused')).text();
      expect(csv.split('\n').filter(Boolean), who).toHaveLength(3);
      expect(csv, who).not.toContain('mia.marketer@');
      expect(csv, who).not.toContain(campaignId);
    }
    const ownerCsv = await (await owner.get('/api/audit/export.csv?action=firewall.override_refused')).text();
    expect(ownerCsv).toContain('mia.marketer@example.com');
  });

  it('withholds them in the verifiable exports too, which still verify through the withheld entries', async () => {
    const owner = await t.as(DEMO.owner);
    const ownerLines = (await (await owner.get('/api/audit/export.ndjson')).text()).trimEnd().split('\n');
    expect(ownerLines.join('\n')).toContain('mia.marketer@example.com');
    expect(verifyExport(ownerLines, null)).toMatchObject({ ok: true, withheld: 0, fromGenesis: true });
    for (const [who, client] of await others()) {
      const text = await (await client.get('/api/audit/export.ndjson')).text();
      const lines = text.trimEnd().split('\n');
      const attempts = lines.filter((l) => l.includes('"firewall.override_refused"'));
      expect(attempts, who).toHaveLength(2);
      for (const line of attempts) {
        expect(JSON.parse(line), who).toMatchObject({ actor: 'withheld', actorId: null, withheld: true });
        expect(line, who).not.toContain('mia.marketer@');
        expect(line, who).not.toContain(campaignId);
        expect(line, who).not.toContain('nonce');
      }
      expect(verifyExport(lines, null), who).toMatchObject({ ok: true, withheld: 2, fromGenesis: true });
      const { items } = await (await client.get('/api/audit/stream?limit=5000')).json();
      const streamed = items.filter((e: { action: string }) => e.action === 'firewall.override_refused');
      expect(streamed, who).toHaveLength(2);
      expect(JSON.stringify(streamed), who).not.toMatch(/mia\.marketer@|nonce/);
    }
    // Marking an ordinary entry withheld does not get its content past the verifier.
    const viewerLines = (await (await (await t.as(DEMO.viewer)).get('/api/audit/export.ndjson')).text())
      .trimEnd()
      .split('\n');
    const forged = viewerLines.map((l, i) => (i === 0 ? JSON.stringify({ ...JSON.parse(l), withheld: true }) : l));
    expect(verifyExport(forged, null)).toMatchObject({ ok: false, line: 1 });
  });

  it('says nothing of who tried, or of their campaign, in the webhook event', async () => {
    const rows = await t.db.execute(
      sql`SELECT payload FROM webhook_events WHERE kind = 'override.refused' ORDER BY occurred_at`,
    );
    const events = (rows as unknown as { rows: { payload: { data: Record<string, unknown> } }[] }).rows;
    expect(events.length).toBeGreaterThanOrEqual(2);
    for (const { payload } of events) {
      expect(Object.keys(payload.data).sort()).toEqual(['attemptId', 'segmentKey', 'team', 'via']);
      expect(JSON.stringify(payload)).not.toContain(campaignId);
      expect(JSON.stringify(payload)).not.toContain('mia.marketer@');
    }
  });

  it('keeps the entry’s hash from giving the actor away to those it is withheld from', async () => {
    const vera = await t.as(DEMO.viewer);
    const owner = await t.as(DEMO.owner);
    const [withheld] = (await (await vera.get('/api/audit?action=firewall.override_refused&limit=1')).json()).items;
    const [full] = (await (await owner.get('/api/audit?action=firewall.override_refused&limit=1')).json()).items;
    const [previous] = (await (await vera.get(`/api/audit?cursor=${withheld.id}&limit=1`)).json()).items;
    const fields = (e: typeof full, actorId: string, actorLabel: string) => ({
      at: new Date(e.at),
      actorId,
      actorLabel,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      before: e.before,
      after: e.after,
    });
    // What the owner sees hashes to the stored hash: the check below could find a match.
    expect(entryHash(previous.hash, fields(full, full.actorId, full.actor))).toBe(full.hash);
    const { items: people } = await (await vera.get('/api/users')).json();
    const guesses = people.map((p: { id: string; email: string }) =>
      entryHash(previous.hash, fields(withheld, p.id, p.email)),
    );
    expect(guesses).not.toContain(withheld.hash);
  });

  it('names people in a review’s Markdown export for the owner only', async () => {
    const owner = await t.as(DEMO.owner);
    const vera = await t.as(DEMO.viewer);
    let named = 0;
    for (const month of ['2026-08', '2026-09', '2026-10']) {
      const asOwner = await (await owner.get(`/api/reviews/${month}/export.md`)).text();
      if (asOwner.includes('| Person |')) named++;
      const asViewer = await vera.get(`/api/reviews/${month}/export.md`);
      expect(asViewer.status).toBe(200);
      const text = await asViewer.text();
      expect(text, month).not.toContain('| Person |');
      expect(text, month).not.toMatch(/\| (Mia Lindqvist|Omar Haddad|Vera Stein) \| (Lifecycle|Revenue|Customer)/);
    }
    expect(named).toBeGreaterThan(0);
  });
});
