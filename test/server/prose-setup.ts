import type { SegmentDefinition } from '#domain/schemas/segments';
import { type Client, DEMO, type TestApp } from './harness';
import { pause, startedPilot } from './pilot-helpers';
import { current, RATIONALE } from './proposal-helpers';
import { json } from './review-helpers';

/** The records the prose-field fixtures write to before each request (test/server/prose-fixtures.ts). */

type Role = keyof typeof DEMO;

export const ok = async (res: Response, status: number) => {
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
export const bump = (n: number) => (d: SegmentDefinition) => ({ ...d, priority: d.priority + n });

/** An open change to new-lead proposed by operations, so that the owner may decide it. */
export async function openProposal(
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
export async function sensitiveProposal(t: TestApp, n: number): Promise<{ id: string; revision: number }> {
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
export async function dueFollowUp(t: TestApp): Promise<string> {
  const { items } = await ok(await (await as(t, 'viewer')).get('/api/follow-ups?due=true'), 200);
  const due = (items as { proposalId: string; segmentKey: string }[]).find((f) => f.segmentKey === 'at-risk');
  if (!due) throw new Error('setup failed: no follow-up due for at-risk');
  return due.proposalId;
}

/** A dictionary entry for a name no contact carries yet, which the owner may accept ahead of its data. */
export async function attributeEntry(t: TestApp) {
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

export async function campaign(mia: Client, targetSegment: string): Promise<string> {
  const body = { name: 'Renewal note', channel: 'email', targetSegment, copy: 'A note before renewal.' };
  return (await ok(await mia.post('/api/campaigns', body), 201)).id;
}

/** A campaign waiting for the owner, with what an approval names: the segment and version reviewed. */
export async function pendingCampaign(t: TestApp): Promise<{ id: string; seen: { segment: string; version: number } }> {
  const mia = await as(t, 'marketer');
  const id = await campaign(mia, 'at-risk');
  const pending = await ok(await mia.post(`/api/campaigns/${id}/submit-for-approval`), 200);
  return { id, seen: { segment: pending.targetSegment, version: pending.currentVersion } };
}

export async function settingProposal(t: TestApp, n: number): Promise<{ id: string; revision: number }> {
  const body = { settingKey: 'onboarding_days', value: 30 + n, rationale: 'Complaints about frequency doubled.' };
  const { id } = await ok(await (await as(t, 'ops')).post('/api/firewall/settings/proposals', body), 201);
  return { id, revision: 1 };
}

/** A role granted by the admin and waiting for a second person; the owner may decide it. */
export async function pendingGrant(t: TestApp, n: number): Promise<string> {
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
export async function pilotOn(t: TestApp, key: string): Promise<{ id: string }> {
  const { pilot } = await startedPilot(t, 20, 14, key, pause);
  return pilot;
}

/** One workflow from an automation platform, with an action for its one audience segment. */
export const workflow = (n: number) => ({
  platform: 'braze',
  externalId: `prose-${n}`,
  name: `Prose digest ${n}`,
  trigger: 'Weekly',
  channel: 'email',
  audience: ['evaluation'],
  actions: [{ segmentKey: 'evaluation', action: 'Send the trial tips' }],
  goal: 'Trials that convert',
});

export const glossaryTerm = (n: number) => ({
  phrase: `steady contact ${n}`,
  kind: 'promoted',
  definition: 'A contact whose current segment has not changed this month.',
  examples: ['Steady contacts stay in their current segment.'],
});

/** A backlog item a marketer filed; ranked by the owner when `ranked`. */
export async function backlogEntry(t: TestApp, n: number, ranked = false): Promise<string> {
  const item = {
    title: `Prose backlog item ${n}`,
    goal: 'Fewer contacts stuck between evaluation and purchase.',
    value: 3,
    effort: 2,
    urgency: 'medium',
  };
  const { id } = await ok(await (await as(t, 'marketer')).post('/api/backlog', item), 201);
  if (ranked) await ok(await (await as(t, 'owner')).patch(`/api/backlog/${id}`, { status: 'ranked' }), 200);
  return id;
}

/** A change to new-lead as a proposal opened from a backlog item carries it. */
export async function backlogProposal(t: TestApp, n: number): Promise<Record<string, unknown>> {
  const { version, definition } = await current(await as(t, 'ops'), 'new-lead');
  return {
    kind: 'update',
    segmentKey: 'new-lead',
    baseVersion: version,
    definition: bump(n)(definition),
    rationale: RATIONALE,
  };
}
