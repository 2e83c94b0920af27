import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { proposeUpdate } from './proposal-helpers';

/**
 * The setting-proposal endpoints (docs/rules.md, "Governed settings"): who may call each, which
 * rule each could be used to skip, and what hostile input does to them. The firewall's use of an
 * approved value is in firewall-settings.test.ts.
 */
let t: TestApp;
let dana: Client;
let omar: Client;
let mia: Client;
let vera: Client;
beforeAll(async () => {
  t = await createTestApp();
  [dana, omar, mia, vera] = await Promise.all([
    t.as(DEMO.owner),
    t.as(DEMO.ops),
    t.as(DEMO.marketer),
    t.as(DEMO.viewer),
  ]);
});
afterAll(() => t.close());

const base = '/api/firewall/settings/proposals';
const RATIONALE = 'Complaints about frequency doubled last month.';

async function propose(value: unknown = 45, settingKey = 'onboarding_days'): Promise<string> {
  const res = await omar.post(base, { settingKey, value, rationale: RATIONALE });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

const code = async (res: Response) => [res.status, (await res.json()).code];

describe('the contract', () => {
  it('declares every setting-proposal endpoint in the OpenAPI document with the shapes it answers', async () => {
    const doc = await (await t.anonymous.get('/api/openapi.json')).json();
    const ok = (path: string, method: string) =>
      doc.paths[path]?.[method]?.responses?.[method === 'post' && path.endsWith('proposals') ? 201 : 200]?.content?.[
        'application/json'
      ]?.schema;
    expect(ok('/firewall/settings/proposals', 'post')).toBeDefined();
    expect(ok('/firewall/settings/proposals/{id}', 'get')).toEqual({ $ref: '#/components/schemas/SettingProposal' });
    for (const action of ['approve', 'reject', 'withdraw']) {
      expect(ok(`/firewall/settings/proposals/{id}/${action}`, 'post')).toEqual({
        $ref: '#/components/schemas/SettingDecisionResult',
      });
    }
    expect(Object.keys(doc.components.schemas.SettingDecisionResult.properties)).toEqual(['proposal', 'setting']);
  });
});

describe('reading a setting proposal', () => {
  it('shows it to every role and read token, with canDecide for the caller', async () => {
    const id = await propose(45);
    const asDana = await (await dana.get(`${base}/${id}`)).json();
    expect(asDana).toMatchObject({
      id,
      kind: 'setting',
      settingKey: 'onboarding_days',
      value: 45,
      rationale: RATIONALE,
      status: 'open',
      proposer: { name: 'Omar Haddad' },
      decidedBy: null,
      canDecide: true,
    });
    for (const client of [omar, mia, vera, t.withToken(await tokenWith(t, ['read']))]) {
      const res = await client.get(`${base}/${id}`);
      expect(res.status).toBe(200);
      expect((await res.json()).canDecide).toBe(false);
    }
    expect((await t.anonymous.get(`${base}/${id}`)).status).toBe(401);
  });

  it('is 404 for a segment proposal, and 422 for what is not an id', async () => {
    const segmentProposal = await proposeUpdate(omar, vera, 'dormant', (d) => ({ ...d, description: 'Quiet ones.' }));
    expect(await code(await vera.get(`${base}/${segmentProposal}`))).toEqual([404, 'not_found']);
    expect((await vera.get(`${base}/not-an-id`)).status).toBe(422);
  });
});

describe('who may decide and withdraw', () => {
  it('refuses every role that may not decide with 403 before looking at the body, and records it', async () => {
    const id = await propose();
    const token = t.withToken(await tokenWith(t, ['read', 'firewall:check', 'sends:write', 'contacts:write']));
    for (const [client, path] of [
      [mia, 'approve'],
      [vera, 'approve'],
      [token, 'approve'],
      [mia, 'reject'],
      [vera, 'reject'],
      [token, 'reject'],
      [dana, 'withdraw'],
      [mia, 'withdraw'],
      [vera, 'withdraw'],
      [token, 'withdraw'],
    ] as const) {
      // A body no schema accepts: the answer is still 403, never a 422 describing it.
      expect(await code(await client.post(`${base}/${id}/${path}`, { surprise: true }))).toEqual([403, 'forbidden']);
    }
    const refused = await (await dana.get(`/api/audit?action=access.refused&target=${id}`)).json();
    expect(refused.total).toBe(10);
    expect((await t.anonymous.post(`${base}/${id}/approve`, { revision: 1 })).status).toBe(401);
    expect((await (await dana.get(`${base}/${id}`)).json()).status).toBe('open');
  });

  it('lets nobody decide their own proposal', async () => {
    const id = await propose();
    expect(await code(await omar.post(`${base}/${id}/approve`, { revision: 1 }))).toEqual([403, 'self_approval']);
    expect(await code(await omar.post(`${base}/${id}/reject`, { rationale: 'I changed my mind.' }))).toEqual([
      403,
      'self_approval',
    ]);
    expect((await (await dana.get(`${base}/${id}`)).json()).status).toBe('open');
  });

  it('lets only the proposer withdraw, once, and a withdrawn proposal cannot be decided', async () => {
    const id = await propose(60);
    const res = await omar.post(`${base}/${id}/withdraw`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      proposal: { id, status: 'withdrawn', canDecide: false },
      setting: { key: 'onboarding_days', value: 60, inForce: false },
    });
    expect(await code(await omar.post(`${base}/${id}/withdraw`))).toEqual([409, 'not_open']);
    expect(await code(await dana.post(`${base}/${id}/approve`, { revision: 1 }))).toEqual([409, 'not_open']);
    expect((await (await vera.get('/api/firewall/settings')).json()).onboardingDays).toBe(30);
    const audit = await (await dana.get(`/api/audit?action=proposals.withdrawn&target=${id}`)).json();
    expect(audit.items[0]).toMatchObject({
      actor: DEMO.ops,
      after: { status: 'withdrawn', settingKey: 'onboarding_days' },
    });
  });

  it('is not a way round the segment rules: segment proposals are not decided here, nor settings there', async () => {
    const segmentProposal = await proposeUpdate(omar, vera, 'at-risk', (d) => ({ ...d, description: 'Slipping.' }));
    expect(await code(await dana.post(`${base}/${segmentProposal}/approve`, { revision: 1 }))).toEqual([
      404,
      'not_found',
    ]);
    expect(await code(await omar.post(`${base}/${segmentProposal}/withdraw`))).toEqual([404, 'not_found']);
    const setting = await propose();
    expect(await code(await dana.post(`/api/proposals/${setting}/approve`, { revision: 1 }))).toEqual([
      404,
      'not_found',
    ]);
    expect(await code(await omar.post(`/api/proposals/${setting}/withdraw`))).toEqual([404, 'not_found']);
    expect((await (await dana.get(`/api/proposals/${segmentProposal}`)).json()).status).toBe('open');
    expect((await (await dana.get(`${base}/${setting}`)).json()).status).toBe('open');
  });

  it('rejects with a rationale that is linted and kept, leaving the value in force', async () => {
    const pushes = async () => {
      const { items } = await (await dana.get('/api/glossary/usage?months=1')).json();
      return items.find((i: { term: string }) => i.term === 'push them')?.count ?? 0;
    };
    const before = await pushes();
    const id = await propose(90);
    const res = await dana.post(`${base}/${id}/reject`, { rationale: 'Ninety days would push them to wait too long.' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      proposal: {
        status: 'rejected',
        decidedBy: { name: 'Dana Reyes' },
        decisionNote: expect.stringMatching(/^Ninety/),
      },
      setting: { value: 90, inForce: false },
    });
    expect(await pushes()).toBe(before + 1);
  });
});

describe('reviewed means reviewed', () => {
  const cap = (max: number) => propose({ max, windowDays: 7 }, 'frequency_cap');

  it('approves only the revision that was reviewed: 422 without it, 409 for another', async () => {
    const id = await propose(50);
    const shown = await (await dana.get(`${base}/${id}`)).json();
    expect(shown).toMatchObject({ revision: 1, inForce: 30, baseChanged: false });
    const missing = await dana.post(`${base}/${id}/approve`, { note: 'Fine.' });
    expect(missing.status).toBe(422);
    expect((await missing.json()).issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(['revision']);
    expect(await code(await dana.post(`${base}/${id}/approve`, { revision: 2 }))).toEqual([409, 'proposal_changed']);
    expect((await (await dana.get(`${base}/${id}`)).json()).status).toBe('open');
    expect(await code(await dana.post(`${base}/${id}/withdraw`))).toEqual([403, 'forbidden']);
    expect((await omar.post(`${base}/${id}/withdraw`)).status).toBe(200);
  });

  it('refuses a proposal whose setting changed since it was made: 409 stale_base_version, nothing written', async () => {
    // The cap starts at its default (no stored row), then is stored: both ways of going stale.
    const [first, second] = [await cap(4), await cap(5)];
    expect((await dana.post(`${base}/${first}/approve`, { revision: 1 })).status).toBe(200);
    expect((await (await dana.get(`${base}/${second}`)).json()).baseChanged).toBe(true);
    expect(await code(await dana.post(`${base}/${second}/approve`, { revision: 1 }))).toEqual([
      409,
      'stale_base_version',
    ]);
    const [third, fourth] = [await cap(6), await cap(7)];
    expect(await (await dana.get(`${base}/${third}`)).json()).toMatchObject({
      inForce: { max: 4, windowDays: 7 },
      baseChanged: false,
    });
    expect((await dana.post(`${base}/${third}/approve`, { revision: 1 })).status).toBe(200);
    expect(await code(await dana.post(`${base}/${fourth}/approve`, { revision: 1 }))).toEqual([
      409,
      'stale_base_version',
    ]);
    expect((await (await vera.get('/api/firewall/settings')).json()).frequencyCap).toEqual({ max: 6, windowDays: 7 });
    for (const stale of [second, fourth]) {
      expect((await (await dana.get(`${base}/${stale}`)).json()).status).toBe('open');
      const audit = await (await dana.get(`/api/audit?action=proposals.approved&target=${stale}`)).json();
      expect(audit.total).toBe(0);
      // The proposer takes the stale one back and proposes again from the value in force.
      expect((await omar.post(`${base}/${stale}/withdraw`)).status).toBe(200);
    }
  });

  it('never lets onboarding go below 30 days, whoever approves', async () => {
    for (const value of [0, 1, 29, -30, 29.5]) {
      const res = await omar.post(base, { settingKey: 'onboarding_days', value, rationale: RATIONALE });
      expect(res.status).toBe(422);
      expect((await res.json()).issues[0].path).toEqual(['value']);
    }
    expect((await omar.post(base, { settingKey: 'onboarding_days', value: 30, rationale: RATIONALE })).status).toBe(
      201,
    );
  });
});

describe('hostile input', () => {
  const NUL = 'A reason\u0000with a NUL in it.';
  const LONE = 'A reason \ud800 with a lone surrogate.';
  const MEGA = 'x'.repeat(1024 * 1024);

  it('refuses NUL, lone surrogates, 1 MB and unknown keys (__proto__ too) with 422 naming the field', async () => {
    const id = await propose();
    const cases: [string, unknown, string][] = [
      ['reject', { rationale: NUL }, 'rationale'],
      ['reject', { rationale: LONE }, 'rationale'],
      ['reject', { rationale: MEGA }, 'rationale'],
      ['approve', { revision: 1, note: NUL }, 'note'],
      ['approve', { revision: 1, note: MEGA }, 'note'],
      ['approve', JSON.parse('{"revision": 1, "__proto__": {"inForce": true}}'), ''],
      ['approve', { revision: '1\u0000' }, 'revision'],
    ];
    for (const [path, body, field] of cases) {
      const res = await dana.post(`${base}/${id}/${path}`, body);
      expect(res.status).toBe(422);
      const { issues } = await res.json();
      expect(issues[0].path.join('.')).toBe(field);
    }
    for (const rationale of [NUL, LONE, MEGA]) {
      const proposed = await omar.post(base, { settingKey: 'onboarding_days', value: 40, rationale });
      expect(proposed.status).toBe(422);
      expect((await proposed.json()).issues[0].path).toEqual(['rationale']);
    }
    const hugeValue = await omar.post(base, {
      settingKey: 'frequency_cap',
      value: { max: MEGA },
      rationale: RATIONALE,
    });
    expect(hugeValue.status).toBe(422);
    expect((await hugeValue.json()).issues[0].path).toEqual(['value', 'max']);
    expect((await (await dana.get(`${base}/${id}`)).json()).status).toBe('open');
  });

  it('answers ids of any shape with 422, never 500', async () => {
    for (const bad of ['%00', '%ED%A0%80', '__proto__', 'x'.repeat(10_000)]) {
      expect((await dana.post(`${base}/${bad}/approve`, { revision: 1 })).status).toBe(422);
    }
  });
});
