import type { SegmentDefinition } from '#domain/schemas/segments';
import { type Client, DEMO, type TestApp } from './harness';

/** The current version of a segment, in the shape a proposal carries. */
export async function current(
  client: Client,
  key: string,
): Promise<{ version: number; definition: SegmentDefinition }> {
  const res = await client.get(`/api/segments/${key}`);
  if (res.status !== 200) throw new Error(`segment ${key}: ${res.status}`);
  const { current: v } = await res.json();
  const { name, description, criteria, priority, pause, approval, transitions, expectedDwellDays } = v;
  return {
    version: v.version,
    definition: { name, description, criteria, priority, pause, approval, transitions, expectedDwellDays },
  };
}

export const RATIONALE = 'Evidence from the last two monthly reviews supports this change.';

/** A definition for a segment that does not exist yet. */
export const newDefinition = (overrides: Partial<SegmentDefinition> = {}): SegmentDefinition => ({
  name: 'VIP accounts',
  description: 'Accounts tagged vip by account management.',
  criteria: { attr: 'tags', op: 'contains', value: 'vip' },
  priority: 5,
  pause: { paused: false, allowCustomerInitiated: true, allowedChannels: [] },
  approval: 'owner',
  transitions: ['active-customer'],
  expectedDwellDays: { min: 30, max: 365 },
  ...overrides,
});

/** Proposes a change to an existing segment, based on its current version. */
export async function proposeUpdate(
  client: Client,
  reader: Client,
  key: string,
  change: (d: SegmentDefinition) => SegmentDefinition,
): Promise<string> {
  const { version, definition } = await current(reader, key);
  const res = await client.post('/api/proposals', {
    kind: 'update',
    segmentKey: key,
    baseVersion: version,
    definition: change(definition),
    rationale: RATIONALE,
  });
  if (res.status !== 201) throw new Error(`proposal on ${key}: ${res.status} ${await res.text()}`);
  return (await res.json()).id;
}

/** Adds a person with the given roles (as the admin, confirmed by the owner) and returns a signed-in client for them. */
export async function addPerson(t: TestApp, email: string, roles: string[]): Promise<Client> {
  const ops = await t.as(DEMO.ops);
  const res = await ops.post('/api/users', {
    email,
    name: email.split('@')[0],
    team: 'Testing',
    startedAt: '2025-01-06',
    roles,
    password: 'long-enough-password',
  });
  if (res.status !== 201) throw new Error(`adding ${email}: ${res.status} ${await res.text()}`);
  // Owner, operations or admin and the past start date wait for a second person: the owner confirms.
  const { id } = await res.json();
  const dana = await t.as(DEMO.owner);
  const { items } = await (await dana.get(`/api/user-changes?status=pending&user=${id}`)).json();
  for (const change of items as { id: string }[]) {
    const confirmed = await dana.post(`/api/user-changes/${change.id}/confirm`, {});
    if (confirmed.status !== 200)
      throw new Error(`confirming for ${email}: ${confirmed.status} ${await confirmed.text()}`);
  }
  return t.as(email, 'long-enough-password');
}

export const priorityBump = (d: SegmentDefinition): SegmentDefinition => ({ ...d, priority: d.priority + 1 });
export const describeAgain =
  (text: string) =>
  (d: SegmentDefinition): SegmentDefinition => ({ ...d, description: text });
