import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptAttributes } from './dictionary-helpers';
import { createTestApp, DEMO, type TestApp } from './harness';
import { addPerson, current, describeAgain, newDefinition, proposeUpdate, RATIONALE } from './proposal-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await acceptAttributes(t, { tags: 'array' });
});
afterAll(() => t.close());

const create = (key: string, overrides = {}) => ({
  kind: 'create',
  segmentKey: key,
  definition: newDefinition(overrides),
  rationale: RATIONALE,
});

describe('proposals: who may propose', () => {
  it('lets the owner and operations propose', async () => {
    for (const [email, key] of [
      [DEMO.owner, 'owner-made'],
      [DEMO.ops, 'ops-made'],
    ] as const) {
      const res = await (await t.as(email)).post('/api/proposals', create(key));
      expect(res.status).toBe(201);
      expect(await res.json()).toEqual({ id: expect.any(String), status: 'open' });
    }
  });

  it('refuses marketers, viewers and admin-only users (403 forbidden)', async () => {
    const admin = await addPerson(t, 'ada.admin@example.com', ['admin']);
    for (const client of [await t.as(DEMO.marketer), await t.as(DEMO.newHire), await t.as(DEMO.viewer), admin]) {
      const res = await client.post('/api/proposals', create('sneaky-segment'));
      expect(res.status).toBe(403);
      expect((await res.json()).code).toBe('forbidden');
    }
    expect((await t.anonymous.post('/api/proposals', create('sneaky-segment'))).status).toBe(401);
    const { items } = await (await (await t.as(DEMO.viewer)).get('/api/proposals?segment=sneaky-segment')).json();
    expect(items).toEqual([]);
  });
});

describe('proposals: targets and base versions', () => {
  it('refuses to create a segment whose key exists (409 segment_exists)', async () => {
    const res = await (await t.as(DEMO.ops)).post('/api/proposals', create('dormant'));
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('segment_exists');
  });

  it('answers 404 for an update or retirement of an unknown segment', async () => {
    const ops = await t.as(DEMO.ops);
    for (const kind of ['update', 'retire']) {
      const res = await ops.post('/api/proposals', {
        kind,
        segmentKey: 'no-such-segment',
        baseVersion: 1,
        definition: newDefinition(),
        rationale: RATIONALE,
      });
      expect(res.status).toBe(404);
    }
  });

  it('requires a base version for changes and none for new segments (422 naming baseVersion)', async () => {
    const ops = await t.as(DEMO.ops);
    const withBase = await ops.post('/api/proposals', { ...create('based-new'), baseVersion: 1 });
    expect(withBase.status).toBe(422);
    expect((await withBase.json()).issues[0].path).toEqual(['baseVersion']);
    const { definition } = await current(ops, 'new-lead');
    const noBase = await ops.post('/api/proposals', {
      kind: 'update',
      segmentKey: 'new-lead',
      definition,
      rationale: RATIONALE,
    });
    expect((await noBase.json()).issues[0].path).toEqual(['baseVersion']);
    const future = await ops.post('/api/proposals', {
      kind: 'update',
      segmentKey: 'new-lead',
      baseVersion: 9,
      definition: { ...definition, priority: 51 },
      rationale: RATIONALE,
    });
    expect(future.status).toBe(422);
  });

  it('refuses a proposal on an old version (409 stale_base_version)', async () => {
    const ops = await t.as(DEMO.ops);
    const { definition } = await current(ops, 'at-risk');
    const res = await ops.post('/api/proposals', {
      kind: 'update',
      segmentKey: 'at-risk',
      baseVersion: 1,
      definition: { ...definition, priority: 21 },
      rationale: RATIONALE,
    });
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('stale_base_version');
  });
});

describe('proposals: content is validated with the field named', () => {
  it('rejects "in" without a list', async () => {
    const res = await (await t.as(DEMO.ops)).post(
      '/api/proposals',
      create('bad-in', { criteria: { all: [{ attr: 'plan', op: 'in', value: 'growth' }] } }),
    );
    expect(res.status).toBe(422);
    const { issues } = await res.json();
    expect(issues.some((i: { path: unknown[] }) => i.path.join('.') === 'definition.criteria.all.0.value')).toBe(true);
  });

  it('rejects unknown operators, bad attribute paths and an inverted dwell range', async () => {
    const ops = await t.as(DEMO.ops);
    for (const overrides of [
      { criteria: { attr: 'plan', op: 'like', value: 'g%' } },
      { criteria: { attr: '1plan', op: 'eq', value: 'x' } },
      { expectedDwellDays: { min: 30, max: 3 } },
      { pause: { paused: true, allowCustomerInitiated: true, allowedChannels: ['fax'] } },
    ]) {
      const res = await ops.post('/api/proposals', create('bad-content', overrides));
      expect(res.status).toBe(422);
      expect((await res.json()).issues[0].path[0]).toBe('definition');
    }
  });

  it('rejects transitions to segments that do not exist', async () => {
    const res = await (await t.as(DEMO.ops)).post('/api/proposals', create('bad-moves', { transitions: ['nowhere'] }));
    expect(res.status).toBe(422);
    expect((await res.json()).issues[0].path).toEqual(['definition', 'transitions', 0]);
  });

  it('rejects an update that changes nothing', async () => {
    const ops = await t.as(DEMO.ops);
    const { version, definition } = await current(ops, 'new-lead');
    const res = await ops.post('/api/proposals', {
      kind: 'update',
      segmentKey: 'new-lead',
      baseVersion: version,
      definition,
      rationale: RATIONALE,
    });
    expect(res.status).toBe(422);
    expect((await res.json()).issues[0].path).toEqual(['definition']);
  });
});

describe('proposals: reading', () => {
  it('shows the proposal with its base definition, people and canDecide for each caller', async () => {
    const id = await proposeUpdate(
      await t.as(DEMO.ops),
      await t.as(DEMO.viewer),
      'new-lead',
      describeAgain('Leads seen recently.'),
    );
    const asDana = await (await (await t.as(DEMO.owner)).get(`/api/proposals/${id}`)).json();
    expect(asDana).toMatchObject({
      id,
      kind: 'update',
      segmentKey: 'new-lead',
      baseVersion: 1,
      currentVersion: 1,
      status: 'open',
      revision: 1,
      proposer: { name: 'Omar Haddad' },
      decidedBy: null,
      approvedVersion: null,
      exceptionId: null,
      followUpDue: null,
      canDecide: true,
    });
    expect(asDana.definition.description).toBe('Leads seen recently.');
    expect(asDana.baseDefinition.description).not.toBe('Leads seen recently.');
    for (const email of [DEMO.ops, DEMO.marketer, DEMO.viewer]) {
      const other = await (await (await t.as(email)).get(`/api/proposals/${id}`)).json();
      expect(other.canDecide).toBe(false);
    }
  });

  it('filters by status and segment; the demo has an open proposal on dormant', async () => {
    const vera = await t.as(DEMO.viewer);
    const { items } = await (await vera.get('/api/proposals?status=open&segment=dormant')).json();
    expect(items.length).toBeGreaterThanOrEqual(1);
    for (const p of items) expect(p).toMatchObject({ status: 'open', segmentKey: 'dormant' });
    const approved = await (await vera.get('/api/proposals?status=approved&segment=at-risk')).json();
    expect(approved.items.map((p: { approvedVersion: number }) => p.approvedVersion).sort()).toEqual([1, 2]);
    expect((await vera.get('/api/proposals?status=maybe')).status).toBe(422);
    expect((await vera.get('/api/proposals/not-an-id')).status).toBe(422);
    expect((await vera.get('/api/proposals/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('records the proposal in the audit log', async () => {
    const id = await proposeUpdate(
      await t.as(DEMO.ops),
      await t.as(DEMO.viewer),
      'evaluation',
      describeAgain('Trials.'),
    );
    const { items } = await (
      await (await t.as(DEMO.ops)).get(`/api/audit?action=proposals.created&target=${id}`)
    ).json();
    expect(items[0]).toMatchObject({ actor: DEMO.ops, targetId: id, after: { segmentKey: 'evaluation', revision: 1 } });
  });
});
