import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptAttributes, userId } from './dictionary-helpers';
import { tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { current, newDefinition, proposeUpdate, RATIONALE } from './proposal-helpers';

/**
 * The attribute dictionary (docs/rules.md, "Attribute dictionary"): who may read and change it,
 * the rule it enforces on proposals (criteria use only accepted attributes), discovery on contact
 * upserts, and hostile input.
 */
let t: TestApp;
let dana: Client;
let omar: Client;
let mia: Client;
let vera: Client;
let omarId = '';
beforeAll(async () => {
  t = await createTestApp();
  const people = [DEMO.owner, DEMO.ops, DEMO.marketer, DEMO.viewer];
  [dana, omar, mia, vera] = (await Promise.all(people.map((who) => t.as(who)))) as [Client, Client, Client, Client];
  omarId = await userId(dana, DEMO.ops);
});
afterAll(() => t.close());

const entry = (over: Record<string, unknown> = {}) => ({
  definition: 'Whether the contact prefers to be contacted in the evening.',
  type: 'boolean',
  source: 'Preference centre',
  ownerId: omarId,
  sensitivity: 'none',
  ...over,
});
const code = async (res: Response) => [res.status, (await res.json()).code];
type Attr = { name: string; status: string; usedBy: string[]; consentFor: string[] };
const byName = async (client: Client, query = '') =>
  new Map(((await (await client.get(`/api/attributes${query}`)).json()).items as Attr[]).map((a) => [a.name, a]));

describe('reading the dictionary', () => {
  it('lists accepted and discovered attributes to everyone, with the segments that read each', async () => {
    for (const client of [dana, omar, mia, vera]) expect((await client.get('/api/attributes')).status).toBe(200);
    const reader = t.withToken(await tokenWith(t, ['read']));
    expect((await reader.get('/api/attributes')).status).toBe(200);
    expect((await t.withToken(await tokenWith(t, ['contacts:write'])).get('/api/attributes')).status).toBe(403);
    expect((await t.anonymous.get('/api/attributes')).status).toBe(401);

    const all = await byName(vera);
    expect(all.get('lifecycle')).toMatchObject({
      status: 'accepted',
      type: 'string',
      source: 'CRM',
      owner: { name: 'Omar Haddad' },
      sensitivity: 'none',
      acceptedBy: { name: 'Dana Reyes' },
    });
    expect(all.get('last_seen_at')?.usedBy).toEqual([
      'dormant',
      'at-risk',
      'active-customer',
      'evaluation',
      'new-lead',
    ]);
    expect(all.get('country')).toMatchObject({ sensitivity: 'personal', usedBy: [] });
    expect(all.get('tags')).toMatchObject({ status: 'discovered', type: 'array', definition: null, sensitivity: null });
    const discovered = await byName(vera, '?status=discovered');
    expect([...discovered.keys()]).toEqual(['source', 'tags']);
    expect((await vera.get('/api/attributes?status=rejected')).status).toBe(422);
  });
});

describe('accepting into the dictionary', () => {
  it('lets only the owner accept and edit, checking the role before the body', async () => {
    for (const client of [omar, mia, vera]) {
      expect(await code(await client.post('/api/attributes/source/accept', entry()))).toEqual([403, 'forbidden']);
      expect(await code(await client.post('/api/attributes/source/accept', { nonsense: true }))).toEqual([
        403,
        'forbidden',
      ]);
      expect((await client.patch('/api/attributes/lifecycle', { source: 'Elsewhere' })).status).toBe(403);
    }
    const token = t.withToken(await tokenWith(t, ['read', 'contacts:write']));
    expect((await token.post('/api/attributes/source/accept', entry())).status).toBe(403);
    expect((await t.anonymous.post('/api/attributes/source/accept', entry())).status).toBe(401);
    expect((await byName(vera)).get('source')?.status).toBe('discovered');
  });

  it('accepts a discovered attribute with a complete entry, audited, and refuses a second accept', async () => {
    const res = await dana.post('/api/attributes/source/accept', entry({ type: 'string', sensitivity: 'none' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      name: 'source',
      status: 'accepted',
      type: 'string',
      source: 'Preference centre',
      owner: { id: omarId, name: 'Omar Haddad' },
      acceptedBy: { name: 'Dana Reyes' },
      acceptedAt: '2026-11-15T12:00:00.000Z',
    });
    expect(await code(await dana.post('/api/attributes/source/accept', entry()))).toEqual([409, 'already_accepted']);
    const audit = await (await dana.get('/api/audit?action=attributes.accepted')).json();
    expect(audit.items[0]).toMatchObject({
      actor: DEMO.owner,
      targetType: 'attribute',
      targetId: 'source',
      before: { status: 'discovered', definition: null },
      after: { status: 'accepted', type: 'string', ownerId: omarId, sensitivity: 'none' },
    });
  });

  it('accepts a name no contact carries yet, ahead of its data', async () => {
    expect((await dana.post('/api/attributes/prefers_evening/accept', entry())).status).toBe(200);
    expect((await byName(vera)).get('prefers_evening')).toMatchObject({ status: 'accepted', firstSeenAt: null });
  });

  it('names each wrong field, and needs an active owner', async () => {
    const bad = await dana.post('/api/attributes/tags/accept', {
      definition: 'short',
      type: 'text',
      source: '',
      ownerId: 'nobody',
      sensitivity: 'secret',
    });
    expect(bad.status).toBe(422);
    expect(new Set((await bad.json()).issues.map((i: { path: string[] }) => i.path[0]))).toEqual(
      new Set(['definition', 'type', 'source', 'ownerId', 'sensitivity']),
    );
    const ghost = await dana.post(
      '/api/attributes/tags/accept',
      entry({ ownerId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(ghost.status).toBe(422);
    expect((await ghost.json()).issues[0].path).toEqual(['ownerId']);
    expect((await dana.post('/api/attributes/1tags/accept', entry())).status).toBe(422);
    expect((await byName(vera)).get('tags')?.status).toBe('discovered');
  });

  it('edits an accepted entry, audited; a discovered one must be accepted first', async () => {
    const res = await dana.patch('/api/attributes/country', { sensitivity: 'special_category' });
    expect(res.status).toBe(200);
    expect((await res.json()).sensitivity).toBe('special_category');
    const audit = await (await dana.get('/api/audit?action=attributes.updated')).json();
    expect(audit.items[0]).toMatchObject({
      targetId: 'country',
      before: { sensitivity: 'personal' },
      after: { sensitivity: 'special_category' },
    });
    expect(await code(await dana.patch('/api/attributes/tags', { source: 'CRM' }))).toEqual([409, 'not_accepted']);
    expect((await dana.patch('/api/attributes/nothing_here', { source: 'CRM' })).status).toBe(404);
    expect((await dana.patch('/api/attributes/country', {})).status).toBe(422);
    await dana.patch('/api/attributes/country', { sensitivity: 'personal' });
  });
});

describe('criteria use only accepted attributes', () => {
  it('refuses a proposal naming an unknown or a discovered attribute with 422 naming it, at its condition', async () => {
    const { version, definition } = await current(vera, 'new-lead');
    const propose = (criteria: unknown) =>
      omar.post('/api/proposals', {
        kind: 'update',
        segmentKey: 'new-lead',
        baseVersion: version,
        definition: { ...definition, criteria },
        rationale: RATIONALE,
      });
    const unknown = await propose({
      all: [
        { attr: 'lifecycle', op: 'eq', value: 'lead' },
        { attr: 'mood', op: 'exists' },
      ],
    });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).issues).toEqual([
      { path: ['definition', 'criteria', 'all', 1, 'attr'], message: 'mood is not in the attribute dictionary' },
    ]);
    const discovered = await propose({ any: [{ not: { attr: 'tags', op: 'contains', value: 'vip' } }] });
    expect(discovered.status).toBe(422);
    const [issue] = (await discovered.json()).issues;
    expect(issue.path).toEqual(['definition', 'criteria', 'any', 0, 'not', 'attr']);
    expect(issue.message).toContain('tags was seen on contacts but is not accepted');
    // Creating a segment and editing a proposal are held to the same rule.
    const created = await omar.post('/api/proposals', {
      kind: 'create',
      segmentKey: 'vip-only',
      definition: newDefinition(),
      rationale: RATIONALE,
    });
    expect(created.status).toBe(422);
    const id = await proposeUpdate(omar, vera, 'new-lead', (d) => ({ ...d, description: 'Leads, once more.' }));
    const edit = await omar.patch(`/api/proposals/${id}`, {
      definition: { ...definition, criteria: { attr: 'mood', op: 'exists' } },
    });
    expect(edit.status).toBe(422);
    expect((await edit.json()).issues[0].path).toEqual(['definition', 'criteria', 'attr']);
  });

  it('lets the same proposal through once the owner accepts the attribute', async () => {
    await acceptAttributes(t, { tags: 'array' });
    const created = await omar.post('/api/proposals', {
      kind: 'create',
      segmentKey: 'vip-accepted',
      definition: newDefinition(),
      rationale: RATIONALE,
    });
    expect(created.status).toBe(201);
    expect((await dana.post(`/api/proposals/${(await created.json()).id}/approve`, { revision: 1 })).status).toBe(200);
    expect((await byName(vera)).get('tags')?.usedBy).toContain('vip-accepted');
  });

  it('holds an approval to the rule too, for a proposal made before its attribute was in the dictionary', async () => {
    const id = await proposeUpdate(omar, vera, 'evaluation', (d) => ({
      ...d,
      description: 'Trials, described again.',
    }));
    await t.db.execute(
      // As a proposal written before the dictionary existed would be stored.
      `UPDATE change_proposals SET content = jsonb_set(content, '{criteria}', '{"attr": "legacy_flag", "op": "exists"}') WHERE id = '${id}'` as never,
    );
    const res = await dana.post(`/api/proposals/${id}/approve`, { revision: 1 });
    expect(await code(res)).toEqual([409, 'attribute_not_accepted']);
    expect((await (await vera.get(`/api/proposals/${id}`)).json()).status).toBe('open');
  });
});

describe('discovery on contact upserts', () => {
  it('records new keys as discovered and never fails the upsert over them, whatever they are', async () => {
    const crm = t.withToken(await tokenWith(t, ['contacts:write']));
    const weird = JSON.parse(
      '{"plan": "growth", "loyalty": {"tier": "gold", "points": 120}, "has space": 1, "constructor": "x"}',
    );
    // Keys the attribute limits refuse (a __proto__ key, one over 100 characters) never reach discovery.
    const proto = JSON.parse('{"__proto__": {"isAdmin": true}}');
    const refused = await crm.put('/api/contacts', { contacts: [{ id: 'D-0', attributes: proto }] });
    expect(refused.status).toBe(422);
    // Keys within the limits that criteria could never name are stored but not discovered.
    const res = await crm.put('/api/contacts', {
      contacts: [
        { id: 'D-1', attributes: weird },
        {
          id: 'D-2',
          attributes: { ['k'.repeat(100)]: { ['m'.repeat(100)]: 1 }, 'a.b': 2, '9lives': 1 },
        },
      ],
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ upserted: 2, moved: 0, discovered: 3 });
    const all = await byName(vera, '?status=discovered');
    for (const name of ['loyalty.tier', 'loyalty.points', 'constructor']) {
      expect(all.get(name)).toMatchObject({ status: 'discovered', firstSeenAt: '2026-11-15T12:00:00.000Z' });
    }
    expect(all.get('loyalty.points')).toMatchObject({ type: 'number' });
    // Already known: accepted ones stay accepted, and nothing is counted twice.
    const again = await crm.put('/api/contacts', { contacts: [{ id: 'D-1', attributes: weird }] });
    expect((await again.json()).discovered).toBe(0);
    expect((await byName(vera)).get('plan')?.status).toBe('accepted');
    const audit = await (await dana.get('/api/audit?action=contacts.upserted')).json();
    expect(audit.items[1].after).toMatchObject({ discoveredCount: 3 });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect([...(await byName(vera)).keys()].filter((n) => /isAdmin|^k{100}|^9lives|^a\.b$/.test(n))).toEqual([]);
    // A discovered attribute is usable by nobody, though it is stored on the contact.
    const contact = await (await vera.get('/api/contacts/D-1')).json();
    expect(contact.attributes.loyalty).toEqual({ tier: 'gold', points: 120 });
  });
});

describe('hostile input', () => {
  const NUL = 'A definition\u0000with a NUL in it.';
  const LONE = 'A definition \ud800 with a lone surrogate.';
  const MEGA = 'x'.repeat(1024 * 1024);

  it('refuses NUL, lone surrogates, 1 MB and unknown keys with 422 naming the field', async () => {
    for (const [body, field] of [
      [entry({ definition: NUL }), 'definition'],
      [entry({ definition: LONE }), 'definition'],
      [entry({ definition: MEGA }), 'definition'],
      [entry({ source: MEGA }), 'source'],
      [JSON.parse(JSON.stringify(entry()).replace('{', '{"__proto__": {"status": "accepted"}, ')), ''],
      [JSON.parse(`{"definition": "Long enough to be a definition.", "__proto__": {"x": 1}}`), 'type'],
    ] as [unknown, string][]) {
      const res = await dana.post('/api/attributes/hostile_one/accept', body);
      expect(res.status).toBe(422);
      const paths = (await res.json()).issues.map((i: { path: string[] }) => i.path.join('.'));
      expect(paths).toContain(field);
    }
    for (const patch of [{ definition: NUL }, { source: LONE }, { definition: MEGA }]) {
      expect((await dana.patch('/api/attributes/country', patch)).status).toBe(422);
    }
    expect((await byName(vera)).get('hostile_one')).toBeUndefined();
  });

  it('answers names of any shape with 422 or 404, never 500', async () => {
    for (const bad of ['%00', '%ED%A0%80', 'a%20b', 'x'.repeat(10_000), '1abc', 'a..b']) {
      expect((await dana.post(`/api/attributes/${bad}/accept`, entry())).status).toBe(422);
      expect((await dana.patch(`/api/attributes/${bad}`, { source: 'CRM' })).status).toBe(422);
    }
    expect((await dana.patch('/api/attributes/__proto__', { source: 'CRM' })).status).toBe(404);
    expect((await dana.post('/api/attributes/__proto__/accept', entry())).status).toBe(200);
    expect((await byName(vera)).get('__proto__')?.status).toBe('accepted');
  });
});
