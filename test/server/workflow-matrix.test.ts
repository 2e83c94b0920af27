import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addContact, addSegment, tokenWith } from './firewall-fixtures';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

/**
 * The matrix, its conflicts, the gap report and the journey map (docs/rules.md, "Workflow
 * conflicts"), over segments and workflows of this file's own ("wm-…") beside the demo's.
 */
const AT = '2026-06-01T00:00:00Z';
const RECENT = '2026-11-10T08:00:00.000Z';

let t: TestApp;
let vera: Client;
let ids: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  await addSegment(t.db, 'wm-open', { approvedAt: AT });
  await addSegment(t.db, 'wm-paused', { approvedAt: AT, pause: { paused: true, allowedChannels: ['in_app'] } });
  await addContact(t.db, 'wm-c-open', [{ segmentKey: 'wm-open', enteredAt: AT }]);
  await addContact(t.db, 'wm-c-paused', [{ segmentKey: 'wm-paused', enteredAt: AT }]);
  // Moved from wm-open to wm-paused five days ago; wm-open allows no transitions.
  await addContact(t.db, 'wm-c-moved', [
    { segmentKey: 'wm-open', enteredAt: AT, leftAt: RECENT },
    { segmentKey: 'wm-paused', enteredAt: RECENT },
  ]);
  const wf = (externalId: string, extra: Record<string, unknown>) => ({
    platform: 'other',
    externalId,
    name: externalId,
    channel: 'email',
    ...extra,
  });
  const acts = (key: string, action = `Send to ${key}`) => ({
    audience: [key],
    actions: [{ segmentKey: key, action }],
  });
  const workflows = [
    wf('wm-a', acts('wm-open')),
    wf('wm-b', acts('wm-open')),
    wf('wm-sms', { ...acts('wm-open'), channel: 'sms' }),
    wf('wm-paused-wf', { ...acts('wm-open'), status: 'paused' }),
    wf('wm-silent', acts('wm-open', 'none')),
    wf('wm-into-pause', acts('wm-paused')),
    wf('wm-in-app', { ...acts('wm-paused'), channel: 'in_app' }),
    wf('wm-quiet-pause', acts('wm-paused', 'none')),
  ];
  const sync = t.withToken(await tokenWith(t, ['workflows:write', 'read']));
  expect((await sync.put('/api/workflows', { workflows })).status).toBe(200);
  const { items } = await (await sync.get('/api/workflows?platform=other')).json();
  ids = Object.fromEntries(items.map((w: { externalId: string; id: string }) => [w.externalId, w.id]));

  const platform = t.withToken(await tokenWith(t, ['firewall:check', 'sends:write']));
  const ref = (externalId: string) => ({ platform: 'other', externalId });
  const checked = await platform.post('/api/firewall/check', {
    channel: 'email',
    contactIds: ['wm-c-paused', 'wm-c-open'],
    workflow: ref('wm-into-pause'),
  });
  expect(checked.status).toBe(200);
  const sent = await platform.post('/api/sends', {
    events: [
      {
        eventId: 'wm-1',
        contactId: 'wm-c-open',
        channel: 'email',
        sentAt: RECENT,
        source: 'x',
        workflow: ref('wm-silent'),
      },
      { eventId: 'wm-2', contactId: 'wm-c-open', channel: 'email', sentAt: RECENT, source: 'x', workflow: ref('wm-a') },
    ],
  });
  expect(sent.status).toBe(202);
  vera = await t.as(DEMO.viewer);
});
afterAll(() => t.close());

type Conflict = { kind: string; segmentKey: string; workflowIds: string[]; channel: string | null };
const mine = (c: Conflict) => c.segmentKey.startsWith('wm-');

describe('the matrix', () => {
  it('has a cell wherever a workflow names a segment or acted on it, with 30 days of sends and blocks', async () => {
    const m = await (await vera.get('/api/workflows/matrix')).json();
    expect(m.segments).toEqual(expect.arrayContaining(['wm-open', 'wm-paused', 'new-lead', 'dormant']));
    expect(m.workflows).not.toContain(undefined);
    const cell = (w: string, s: string) =>
      m.cells.find((c: { workflowId: string; segmentKey: string }) => c.workflowId === ids[w] && c.segmentKey === s);
    expect(cell('wm-into-pause', 'wm-paused')).toEqual({
      segmentKey: 'wm-paused',
      workflowId: ids['wm-into-pause'],
      action: 'Send to wm-paused',
      inAudience: true,
      sends30d: 0,
      blocked30d: 1,
    });
    // It also checked a contact outside its audience, who was allowed: no cell for that.
    expect(cell('wm-into-pause', 'wm-open')).toBeUndefined();
    expect(cell('wm-silent', 'wm-open')).toMatchObject({ action: 'none', sends30d: 1 });
    expect(cell('wm-a', 'wm-open')).toMatchObject({ sends30d: 1, blocked30d: 0 });
    expect(m.segmentInfo.find((s: { key: string }) => s.key === 'wm-paused')).toEqual({
      key: 'wm-paused',
      name: 'Wm paused',
      paused: true,
    });
  });

  it('finds each kind of conflict, and only those', async () => {
    const { conflicts } = await (await vera.get('/api/workflows/matrix')).json();
    expect(conflicts.filter(mine)).toEqual([
      { kind: 'overlap', segmentKey: 'wm-open', workflowIds: [ids['wm-a'], ids['wm-b']], channel: 'email' },
      { kind: 'paused_target', segmentKey: 'wm-paused', workflowIds: [ids['wm-into-pause']], channel: 'email' },
      { kind: 'silence_broken', segmentKey: 'wm-open', workflowIds: [ids['wm-silent']], channel: 'email' },
    ]);
  });

  it('shows the demo workspace’s own gaps', async () => {
    const m = await (await vera.get('/api/workflows/matrix')).json();
    const name = (id: string) => m.workflowInfo.find((w: { id: string }) => w.id === id)?.name;
    const demo = m.conflicts
      .filter((c: Conflict) => !mine(c))
      .map((c: Conflict) => [c.kind, c.segmentKey, c.workflowIds.map(name).sort()]);
    expect(demo).toEqual(
      expect.arrayContaining([
        ['overlap', 'active-customer', ['Customer onboarding checklist', 'Growth plan upsell']],
        ['paused_target', 'evaluation', ['Trial day-3 tips']],
        ['silence_broken', 'dormant', ['Win-back check-in']],
      ]),
    );
  });
});

describe('the gap report', () => {
  it('lists ungated workflows, workflows without a segment, unused segments, overlaps and violations', async () => {
    const gaps = await (await vera.get('/api/workflows/gaps')).json();
    const names = (list: { name: string }[]) => list.map((g) => g.name).sort();
    // wm-a and wm-silent sent without asking the firewall first.
    expect(names(gaps.ungated)).toEqual(['Monthly newsletter', 'wm-a', 'wm-silent']);
    expect(gaps.ungated[0].ungatedSends30d).toBeGreaterThan(0);
    expect(names(gaps.withoutSegment)).toEqual(['Monthly newsletter', 'canvas-7f3a91']);
    expect(gaps.unusedSegments).toEqual([{ segmentKey: 'dormant', name: 'Dormant' }]);
    expect(gaps.overlaps.map((o: Conflict) => o.segmentKey).sort()).toEqual(['active-customer', 'wm-open']);
    // The newsletter's sends reached the paused evaluation segment (a gated workflow may too, when
    // a contact moved into a paused segment between its check and its send).
    expect(names(gaps.violating)).toContain('Monthly newsletter');
    for (const v of gaps.violating) expect(v.violations30d).toBeGreaterThan(0);
    expect(gaps.total).toBe(3 + 2 + 1 + 2 + gaps.violating.length);
  });

  it('exports one CSV row per finding', async () => {
    const res = await vera.get('/api/workflows/gaps?format=csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('charter-workflow-gaps.csv');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('finding,workflow,platform,segment,channel,detail');
    const { total } = await (await vera.get('/api/workflows/gaps')).json();
    expect(lines).toHaveLength(1 + total);
    expect(lines.find((l) => l.startsWith('ungated,'))).toMatch(
      /^ungated,Monthly newsletter,hubspot,,,\d+ sends in 30 days/,
    );
    expect(lines).toContain('overlap,wm-a; wm-b,other,wm-open,email,2 active workflows act on it on one channel');
    expect((await vera.get('/api/workflows/gaps?format=xml')).status).toBe(422);
  });
});

describe('the journey map', () => {
  it('draws allowed transitions with observed weights, off-list moves, and workflows on their states', async () => {
    const j = await (await vera.get('/api/workflows/journey')).json();
    const state = (key: string) => j.states.find((s: { key: string }) => s.key === key);
    expect(state('wm-paused')).toMatchObject({ key: 'wm-paused', name: 'Wm paused', paused: true, members: 2 });
    // Silence is not acting: the workflow whose action there is none is not attached.
    expect([...state('wm-paused').workflowIds].sort()).toEqual([ids['wm-in-app'], ids['wm-into-pause']].sort());
    expect(j.edges).toContainEqual({ from: 'wm-open', to: 'wm-paused', allowed: false, observed30d: 1 });
    expect(j.edges).toContainEqual(expect.objectContaining({ from: 'new-lead', to: 'evaluation', allowed: true }));
    const paused = j.workflows.find((w: { id: string }) => w.id === ids['wm-paused-wf']);
    expect(paused).toBeUndefined();
  });
});

describe('who may read', () => {
  it('lets every role and a read token read, refuses other tokens and nobody', async () => {
    const paths = [
      '/api/workflows/matrix',
      '/api/workflows/gaps',
      '/api/workflows/gaps?format=csv',
      '/api/workflows/journey',
      '/api/workflows/export',
      `/api/workflows/${ids['wm-a']}`,
    ];
    for (const email of Object.values(DEMO)) {
      const client = await t.as(email);
      for (const path of paths) expect((await client.get(path)).status, `${email} ${path}`).toBe(200);
    }
    const checkOnly = t.withToken(await tokenWith(t, ['firewall:check']));
    for (const path of paths) {
      expect((await checkOnly.get(path)).status).toBe(403);
      expect((await t.anonymous.get(path)).status).toBe(401);
    }
  });
});
