import type { SegmentDefinition } from '#domain/schemas/segments';
import { logicReview } from './exception-helpers';
import { type Client, DEMO, type TestApp } from './harness';
import { pause, startedPilot } from './pilot-helpers';
import { current, RATIONALE } from './proposal-helpers';
import { evaluationContact, json, reportSend } from './review-helpers';

/** A valid request whose prose fields the test fills in, one at a time, with retired language. */
export type ProseRequest = { path: string; body: Record<string, unknown> };
type Role = keyof typeof DEMO;

export type ProseFixture =
  | { as: Role; status: number; request: (t: TestApp, n: number) => Promise<ProseRequest> }
  /** A route whose text is never saved as written, with the reason. */
  | { notSaved: string };

const ok = async (res: Response, status: number) => {
  if (res.status !== status) throw new Error(`setup failed: ${res.status} ${await res.text()}`);
  return json(res);
};
// Signing in costs a password hash: one client per role and app, reused by every fixture.
const signedIn = new WeakMap<TestApp, Map<Role, Promise<Client>>>();
export function as(t: TestApp, role: Role): Promise<Client> {
  const clients = signedIn.get(t) ?? new Map<Role, Promise<Client>>();
  signedIn.set(t, clients);
  const client = clients.get(role) ?? t.as(DEMO[role]);
  clients.set(role, client);
  return client;
}
const bump = (n: number) => (d: SegmentDefinition) => ({ ...d, priority: d.priority + n });

/** An open change to new-lead proposed by operations, so that the owner may decide it. */
async function openProposal(
  t: TestApp,
  n: number,
): Promise<{ id: string; revision: number; body: Record<string, unknown> }> {
  const ops = await as(t, 'ops');
  const { version, definition } = await current(ops, 'new-lead');
  const body = { kind: 'update', segmentKey: 'new-lead', baseVersion: version, definition: bump(n)(definition) };
  const created = await ok(await ops.post('/api/proposals', { ...body, rationale: RATIONALE }), 201);
  return { id: created.id, revision: 1, body }; // a new proposal is at its first revision
}

/** An open change to new-lead whose criteria read country, personal data: approving it needs a fairness note. */
async function sensitiveProposal(t: TestApp, n: number): Promise<{ id: string; revision: number }> {
  const ops = await as(t, 'ops');
  const { version, definition } = await current(ops, 'new-lead');
  const byCountry = { all: [definition.criteria, { attr: 'country', op: 'in', value: ['DE', 'SE'] }] };
  const body = {
    kind: 'update',
    segmentKey: 'new-lead',
    baseVersion: version,
    definition: { ...bump(n)(definition), criteria: byCountry },
    rationale: RATIONALE,
  };
  const created = await ok(await ops.post('/api/proposals', body), 201);
  return { id: created.id, revision: 1 };
}

/** The seeded approval whose 30-day checkpoint waits for the owner's outcome. */
async function dueFollowUp(t: TestApp): Promise<string> {
  const { items } = await ok(await (await as(t, 'viewer')).get('/api/follow-ups?due=true'), 200);
  const due = (items as { proposalId: string; segmentKey: string }[]).find((f) => f.segmentKey === 'at-risk');
  if (!due) throw new Error('setup failed: no follow-up due for at-risk');
  return due.proposalId;
}

/** A dictionary entry for a name no contact carries yet, which the owner may accept ahead of its data. */
async function attributeEntry(t: TestApp) {
  const { items } = await ok(await (await as(t, 'owner')).get('/api/users'), 200);
  const owner = (items as { id: string; email: string }[]).find((u) => u.email === DEMO.ops);
  return {
    definition: 'Whether the contact prefers messages in the evening.',
    type: 'boolean',
    source: 'Preference centre',
    ownerId: owner?.id,
    sensitivity: 'none',
  };
}

async function campaign(mia: Client, targetSegment: string): Promise<string> {
  const body = { name: 'Renewal note', channel: 'email', targetSegment, copy: 'A note before renewal.' };
  return (await ok(await mia.post('/api/campaigns', body), 201)).id;
}

/** A campaign waiting for the owner, with what an approval names: the segment and version reviewed. */
async function pendingCampaign(t: TestApp): Promise<{ id: string; seen: { segment: string; version: number } }> {
  const mia = await as(t, 'marketer');
  const id = await campaign(mia, 'at-risk');
  const pending = await ok(await mia.post(`/api/campaigns/${id}/submit-for-approval`), 200);
  return { id, seen: { segment: pending.targetSegment, version: pending.currentVersion } };
}

async function settingProposal(t: TestApp, n: number): Promise<{ id: string; revision: number }> {
  const body = { settingKey: 'onboarding_days', value: 30 + n, rationale: 'Complaints about frequency doubled.' };
  const { id } = await ok(await (await as(t, 'ops')).post('/api/firewall/settings/proposals', body), 201);
  return { id, revision: 1 };
}

/** A role granted by the admin and waiting for a second person; the owner may decide it. */
async function pendingGrant(t: TestApp, n: number): Promise<string> {
  const ops = await as(t, 'ops');
  const person = {
    email: `prose-${n}@example.com`,
    name: `Prose ${n}`,
    team: 'Testing',
    startedAt: '2026-11-15',
    roles: ['viewer', 'operations'],
    password: 'long-enough-password',
  };
  const { id: userId } = await ok(await ops.post('/api/users', person), 201);
  const { items } = await ok(await ops.get(`/api/user-changes?status=pending&user=${userId}`), 200);
  return items[0].id;
}

/**
 * A running pilot of a fresh proposal; each route's own segment, as a segment has one pilot at a
 * time. The largest share on segments of 59 or more contacts: a cohort left empty by the hash
 * (which refuses the pilot) is then a one-in-a-million chance, not a flaky test.
 */
async function pilotOn(t: TestApp, key: string): Promise<{ id: string }> {
  const { pilot } = await startedPilot(t, 20, 14, key, pause);
  return pilot;
}

/** One workflow from an automation platform, with an action for its one audience segment. */
const workflow = (n: number) => ({
  platform: 'braze',
  externalId: `prose-${n}`,
  name: `Prose digest ${n}`,
  trigger: 'Weekly',
  channel: 'email',
  audience: ['evaluation'],
  actions: [{ segmentKey: 'evaluation', action: 'Send the trial tips' }],
  goal: 'Trials that convert',
});

const glossaryTerm = (n: number) => ({
  phrase: `steady contact ${n}`,
  kind: 'promoted',
  definition: 'A contact whose current segment has not changed this month.',
  examples: ['Steady contacts stay in their current segment.'],
});

/**
 * One entry per write route that has a free-text field. The test fails for a route with prose and
 * no entry here, and for an entry whose route has none, so this list cannot fall behind the API.
 */
export const PROSE_FIXTURES: Record<string, ProseFixture> = {
  'POST /pilots/{id}/stop': {
    as: 'owner',
    status: 200,
    request: async (t) => ({ path: `/api/pilots/${(await pilotOn(t, 'dormant')).id}/stop`, body: {} }),
  },
  'POST /pilots/{id}/extend': {
    as: 'owner',
    status: 200,
    request: async (t) => ({
      path: `/api/pilots/${(await pilotOn(t, 'active-customer')).id}/extend`,
      body: { days: 7 },
    }),
  },
  'POST /pilots/{id}/notes': {
    as: 'ops',
    status: 201,
    request: async (t) => ({ path: `/api/pilots/${(await pilotOn(t, 'new-lead')).id}/notes`, body: {} }),
  },
  'POST /segments/impact': { notSaved: 'a preview: it evaluates the definition and stores nothing' },
  'POST /exceptions/drafts': { notSaved: 'a draft in progress: the text is linted when the request is filed' },
  'PUT /exceptions/drafts/{id}': { notSaved: 'a draft in progress: the text is linted when the request is filed' },
  'POST /lint': { notSaved: 'the linter itself: it answers with the findings and keeps nothing' },
  'POST /proposals': {
    as: 'ops',
    status: 201,
    request: async (t, n) => {
      const { body } = await openProposal(t, n);
      return { path: '/api/proposals', body: { ...body, rationale: RATIONALE } };
    },
  },
  'PATCH /proposals/{id}': {
    as: 'ops',
    status: 200,
    request: async (t, n) => {
      const { id, body } = await openProposal(t, n);
      return { path: `/api/proposals/${id}`, body: { definition: body.definition, rationale: RATIONALE } };
    },
  },
  'POST /proposals/{id}/approve': {
    as: 'owner',
    status: 200,
    request: async (t, n) => {
      const { id, revision } = await sensitiveProposal(t, n);
      const fairnessNote = 'Country decides which market team runs the campaign; no offer differs.';
      return { path: `/api/proposals/${id}/approve`, body: { revision, fairnessNote } };
    },
  },
  'POST /proposals/{id}/reject': {
    as: 'owner',
    status: 200,
    request: async (t, n) => ({ path: `/api/proposals/${(await openProposal(t, n)).id}/reject`, body: {} }),
  },
  'POST /proposals/{id}/follow-up': {
    as: 'owner',
    status: 200,
    request: async (t) => ({
      path: `/api/proposals/${await dueFollowUp(t)}/follow-up`,
      body: { checkpoint: 30, outcome: 'kept' },
    }),
  },
  'POST /firewall/override': {
    as: 'marketer',
    status: 403,
    request: async () => ({ path: '/api/firewall/override', body: { target: 'evaluation' } }),
  },
  'POST /firewall/override-attempts': {
    as: 'marketer',
    status: 201,
    request: async () => ({ path: '/api/firewall/override-attempts', body: { segmentKey: 'evaluation' } }),
  },
  'POST /firewall/settings/proposals': {
    as: 'ops',
    status: 201,
    request: async (_t, n) => ({
      path: '/api/firewall/settings/proposals',
      body: { settingKey: 'onboarding_days', value: 60 + n },
    }),
  },
  'POST /firewall/settings/proposals/{id}/approve': {
    as: 'owner',
    status: 200,
    request: async (t, n) => {
      const { id, revision } = await settingProposal(t, n);
      return { path: `/api/firewall/settings/proposals/${id}/approve`, body: { revision } };
    },
  },
  'POST /firewall/settings/proposals/{id}/reject': {
    as: 'owner',
    status: 200,
    request: async (t, n) => ({
      path: `/api/firewall/settings/proposals/${(await settingProposal(t, n)).id}/reject`,
      body: {},
    }),
  },
  'POST /violations/{id}/resolve': {
    as: 'ops',
    status: 200,
    request: async (t, n) => {
      const sent = await reportSend(
        await as(t, 'ops'),
        await evaluationContact(t),
        `prose-${n}`,
        '2026-11-14T09:00:00Z',
      );
      return { path: `/api/violations/${sent.violations[0]}/resolve`, body: {} };
    },
  },
  'POST /campaigns': {
    as: 'marketer',
    status: 201,
    request: async () => ({
      path: '/api/campaigns',
      body: { name: 'Spring note', channel: 'email', targetSegment: null },
    }),
  },
  'PATCH /campaigns/{id}': {
    as: 'marketer',
    status: 200,
    request: async (t) => ({ path: `/api/campaigns/${await campaign(await as(t, 'marketer'), 'new-lead')}`, body: {} }),
  },
  'POST /campaigns/{id}/approve': {
    as: 'owner',
    status: 200,
    request: async (t) => {
      const { id, seen } = await pendingCampaign(t);
      return { path: `/api/campaigns/${id}/approve`, body: seen };
    },
  },
  'POST /campaigns/{id}/decline': {
    as: 'owner',
    status: 200,
    request: async (t) => ({ path: `/api/campaigns/${(await pendingCampaign(t)).id}/decline`, body: {} }),
  },
  'POST /exceptions': {
    as: 'marketer',
    status: 201,
    request: async (t, n) => {
      const { body } = await logicReview(await as(t, 'viewer'), 'evaluation', bump(n));
      return { path: '/api/exceptions', body };
    },
  },
  'POST /glossary': {
    as: 'owner',
    status: 201,
    request: async (_t, n) => ({ path: '/api/glossary', body: glossaryTerm(n) }),
  },
  'PATCH /glossary/{id}': {
    as: 'owner',
    status: 200,
    request: async (t, n) => {
      const term = await ok(await (await as(t, 'owner')).post('/api/glossary', glossaryTerm(n)), 201);
      return { path: `/api/glossary/${term.id}`, body: { examples: [] } };
    },
  },
  'POST /glossary/import': {
    as: 'owner',
    status: 200,
    request: async (_t, n) => ({ path: '/api/glossary/import', body: { items: [glossaryTerm(n)] } }),
  },
  'POST /reviews/{month}/notes': {
    as: 'ops',
    status: 201,
    request: async () => ({ path: '/api/reviews/2026-11/notes', body: { item: 'pauseViolations' } }),
  },
  'POST /reviews/{month}/actions': {
    as: 'ops',
    status: 201,
    request: async () => ({ path: '/api/reviews/2026-11/actions', body: { item: 'pauseViolations' } }),
  },
  'POST /reviews/{month}/complete': {
    as: 'ops',
    status: 200,
    request: async () => ({ path: '/api/reviews/2026-06/complete', body: {} }),
  },
  'POST /user-changes/{id}/confirm': {
    as: 'owner',
    status: 200,
    request: async (t, n) => ({ path: `/api/user-changes/${await pendingGrant(t, n)}/confirm`, body: {} }),
  },
  'POST /user-changes/{id}/reject': {
    as: 'owner',
    status: 200,
    request: async (t, n) => ({ path: `/api/user-changes/${await pendingGrant(t, n)}/reject`, body: {} }),
  },
  'POST /segments/{key}/review': {
    as: 'owner',
    status: 200,
    request: async () => ({ path: '/api/segments/evaluation/review', body: {} }),
  },
  'POST /attributes/{name}/accept': {
    as: 'owner',
    status: 200,
    request: async (t, n) => ({ path: `/api/attributes/prefers_evening_${n}/accept`, body: await attributeEntry(t) }),
  },
  'PATCH /attributes/{name}': {
    as: 'owner',
    status: 200,
    request: async (t, n) => {
      const name = `prefers_morning_${n}`;
      await ok(await (await as(t, 'owner')).post(`/api/attributes/${name}/accept`, await attributeEntry(t)), 200);
      return { path: `/api/attributes/${name}`, body: {} };
    },
  },
  'PUT /workflows': {
    as: 'marketer',
    status: 200,
    request: async (_t, n) => ({ path: '/api/workflows', body: { workflows: [workflow(n)] } }),
  },
};
