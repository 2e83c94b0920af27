import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '#server/db/rows';
import { count, tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

/**
 * Text PostgreSQL cannot store (NUL, lone surrogates) and keys a plain object would misread
 * (`constructor`, `__proto__`): a 422 naming the field, never a 500; a refusal recorded anyway.
 */
let t: TestApp;
let ops: Client;
beforeAll(async () => {
  t = await createTestApp();
  ops = await t.as(DEMO.ops);
});
afterAll(() => t.close());

const NUL = 'a\u0000b';
const LONE = 'a\uD800b';

async function expect422(res: Response, path: (string | number)[], message: RegExp) {
  expect(res.status).toBe(422);
  const body = await res.json();
  expect(body.code).toBe('invalid_request');
  expect(body.issues).toContainEqual({ path, message: expect.stringMatching(message) });
}

describe('NUL and lone surrogates in writes', () => {
  const contact = (id: string, attributes: Record<string, unknown>) =>
    ops.put('/api/contacts', { contacts: [{ id, attributes }] });

  it('contacts: ids, attribute keys and attribute values, nested ones included', async () => {
    await expect422(await contact(NUL, {}), ['contacts', 0, 'id'], /NUL/);
    await expect422(await contact(LONE, {}), ['contacts', 0, 'id'], /surrogate/);
    await expect422(await contact('c1', { [NUL]: 1 }), ['contacts', 0, 'attributes', NUL], /NUL/);
    await expect422(await contact('c1', { plan: LONE }), ['contacts', 0, 'attributes', 'plan'], /surrogate/);
    await expect422(
      await contact('c1', { scores: { tags: ['ok', NUL] } }),
      ['contacts', 0, 'attributes', 'scores', 'tags', 1],
      /NUL/,
    );
  });

  it('sends: the source, as the automation platform reports it', async () => {
    const event = { eventId: 'e-nul', contactId: 'c1', channel: 'email', sentAt: '2026-11-01T10:00:00Z' };
    await expect422(
      await ops.post('/api/sends', { events: [{ ...event, source: NUL }] }),
      ['events', 0, 'source'],
      /NUL/,
    );
    await expect422(
      await ops.post('/api/sends', { events: [{ ...event, source: LONE }] }),
      ['events', 0, 'source'],
      /surrogate/,
    );
  });

  it('people, campaigns and recorded attempts: names and reasons', async () => {
    const person = { email: 'n@example.com', team: 'T', startedAt: '2026-01-05', roles: [], password: 'x'.repeat(12) };
    await expect422(await ops.post('/api/users', { ...person, name: NUL }), ['name'], /NUL/);
    const mia = await t.as(DEMO.marketer);
    await expect422(
      await mia.post('/api/campaigns', { name: LONE, channel: 'email', targetSegment: null }),
      ['name'],
      /surrogate/,
    );
    await expect422(await mia.post('/api/firewall/override-attempts', { reason: NUL }), ['reason'], /NUL/);
  });

  it('names and labels: no control characters and no direction overrides, which make them read differently', async () => {
    const person = { email: 'c@example.com', team: 'T', startedAt: '2026-01-05', roles: [], password: 'x'.repeat(12) };
    await expect422(await ops.post('/api/users', { ...person, name: 'Ring\u0007me' }), ['name'], /control character/);
    await expect422(await ops.post('/api/users', { ...person, name: 'Dana \u202Erenwo' }), ['name'], /direction/);
    await expect422(await ops.post('/api/users', { ...person, team: 'Ops\u2066x' }), ['team'], /direction/);
    // Letters of right-to-left scripts are names like any other.
    expect((await ops.post('/api/users', { ...person, name: 'دانا رضا' })).status).toBe(201);
  });

  it('writes nothing when it refuses', async () => {
    const before = await count(t.db, sql`SELECT count(*) AS n FROM contacts`);
    await contact('fine-1', {});
    await contact(NUL, {});
    const res = await ops.put('/api/contacts', {
      contacts: [
        { id: 'fine-2', attributes: {} },
        { id: 'fine-3', attributes: { note: NUL } },
      ],
    });
    expect(res.status).toBe(422);
    expect(await count(t.db, sql`SELECT count(*) AS n FROM contacts`)).toBe(before + 1);
  });
});

describe('refused overrides are recorded whatever they carry', () => {
  const latest = async () =>
    rowsOf<{ target: string | null; reason: string | null; via: string }>(
      await t.db.execute(sql`SELECT target, reason, via FROM override_attempts ORDER BY at DESC, id DESC LIMIT 1`),
    )[0];
  const audited = () =>
    count(t.db, sql`SELECT count(*) AS n FROM audit_entries WHERE action = 'firewall.override_refused'`);

  it('stores the override endpoint’s reason and target sanitised, with its audit entry', async () => {
    const mia = await t.as(DEMO.marketer);
    const before = await audited();
    t.clock.advance(1000);
    const res = await mia.post('/api/firewall/override', { target: `segment:${LONE}`, reason: `Just once ${NUL}` });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe('override_refused');
    expect(await latest()).toEqual({
      target: 'segment:a\uFFFDb',
      reason: 'Just once a\uFFFDb',
      via: 'override_endpoint',
    });
    expect(await audited()).toBe(before + 1);
  });

  it('stores a check’s bypass flag with a NUL reason and a broken segment key', async () => {
    const checker = await tokenWith(t, ['firewall:check']);
    t.clock.advance(1000);
    const res = await t.withToken(checker).post('/api/firewall/check', {
      channel: 'email',
      contactIds: ['c1'],
      targetSegment: NUL,
      force: true,
      reason: NUL,
    });
    expect(res.status).toBe(403);
    expect(await latest()).toMatchObject({ reason: 'a\uFFFDb', via: 'check_flag' });
    const verify = await (await t.as(DEMO.viewer)).get('/api/audit/verify');
    expect(await verify.json()).toMatchObject({ ok: true });
  });

  it('stores a bypass flag whose value is nested 10,000 deep', async () => {
    const checker = await tokenWith(t, ['firewall:check']);
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    t.clock.advance(1000);
    const res = await t.request('/api/firewall/check', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${checker}` },
      body: `{"channel":"email","contactIds":["c1"],"bypass":${deep}}`,
    });
    expect(res.status).toBe(403);
    expect(await latest()).toMatchObject({ target: 'firewall check with bypass={…}', via: 'check_flag' });
  });
});

describe('names a plain object would misread', () => {
  it('takes constructor, __proto__ and toString as glossary phrases and finds them', async () => {
    const owner = await t.as(DEMO.owner);
    for (const phrase of ['constructor', '__proto__', 'toString', 'push hasOwnProperty']) {
      const res = await owner.post('/api/glossary', {
        phrase,
        kind: 'retired',
        reason: 'Jargon',
        replacements: ['plain words'],
      });
      expect(res.status, phrase).toBe(201);
    }
    const res = await owner.post('/api/lint', {
      text: 'The constructor calls __proto__ and toString; push hasOwnProperty.',
    });
    expect(res.status).toBe(200);
    const { findings } = await res.json();
    expect(findings.map((f: { term: string }) => f.term)).toEqual([
      'constructor',
      '__proto__',
      'toString',
      'push hasOwnProperty',
    ]);
  });

  it('refuses __proto__ as an attribute key, and keeps constructor as an ordinary one', async () => {
    const res = await ops.put('/api/contacts', {
      contacts: [{ id: 'proto-1', attributes: JSON.parse('{"__proto__": {"admin": true}}') }],
    });
    await expect422(res, ['contacts', 0, 'attributes', '__proto__'], /__proto__/);
    expect(
      (await ops.put('/api/contacts', { contacts: [{ id: 'proto-2', attributes: { constructor: 'x' } }] })).status,
    ).toBe(200);
    const read = await (await t.as(DEMO.viewer)).get('/api/contacts/proto-2');
    expect((await read.json()).attributes).toEqual({ constructor: 'x' });
  });
});

describe('NUL in reads', () => {
  it('is a 422 naming the parameter: audit filters, contact ids, decision filters and cursors', async () => {
    const viewer = await t.as(DEMO.viewer);
    for (const name of ['actor', 'action', 'target']) {
      await expect422(await viewer.get(`/api/audit?${name}=%00`), [name], /NUL/);
    }
    await expect422(await viewer.get('/api/contacts/%00'), ['id'], /NUL/);
    for (const name of ['segment', 'actor', 'cursor']) {
      await expect422(await viewer.get(`/api/firewall/decisions?${name}=a%00`), [name], /NUL/);
    }
    await expect422(await viewer.get('/api/segments/at-risk/members?cursor=%00'), ['cursor'], /NUL/);
  });
});
