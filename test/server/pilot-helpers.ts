import { type Client, DEMO, type TestApp } from './harness';
import { proposeUpdate } from './proposal-helpers';

/** Unpausing evaluation: every current member is reached (its send rules change), none moves. */
export const unpause = <T extends { pause: object }>(d: T): T => ({
  ...d,
  pause: { paused: false, allowCustomerInitiated: true, allowedChannels: [] },
});

export type PilotBody = {
  id: string;
  share: number;
  startsAt: string;
  endsAt: string;
  status: string;
  endReason: string | null;
  eligible: number;
  cohort: { pilot: number; control: number };
};

/** Pausing a segment: likewise every member is reached. */
export const pause = <T extends { pause: object }>(d: T): T => ({
  ...d,
  pause: { paused: true, allowCustomerInitiated: true, allowedChannels: [] },
});

/** An open proposal by operations (unpausing evaluation unless told), and the owner's running pilot of it. */
export async function startedPilot(
  t: Pick<TestApp, 'as'>,
  share = 20,
  durationDays = 14,
  key = 'evaluation',
  change = unpause,
) {
  const dana = await t.as(DEMO.owner);
  const omar = await t.as(DEMO.ops);
  const proposalId = await proposeUpdate(omar, dana, key, change);
  // The split hashes the pilot's random id: on a small segment a cohort can come out empty now and
  // then (409 nothing_to_pilot, nothing written). Setting up a running pilot, not testing that
  // refusal (pilots.test.ts does), the helper asks again, which draws a new id.
  let res = await dana.post(`/api/proposals/${proposalId}/pilot`, { share, durationDays });
  for (let tries = 1; tries < 3 && res.status === 409; tries++) {
    if ((await res.clone().json()).code !== 'nothing_to_pilot') break;
    res = await dana.post(`/api/proposals/${proposalId}/pilot`, { share, durationDays });
  }
  if (res.status !== 201) throw new Error(`pilot: ${res.status} ${await res.text()}`);
  return { proposalId, pilot: (await res.json()) as PilotBody, dana, omar };
}

/** Cohort members by cohort, read through a firewall check as operations. */
export async function cohorts(client: Client, ids: string[]) {
  const res = await client.post('/api/firewall/check', { channel: 'email', contactIds: ids });
  if (res.status !== 200) throw new Error(`check: ${res.status} ${await res.text()}`);
  const { decisions } = (await res.json()) as {
    decisions: { contactId: string; allowed: boolean; reasons: string[]; pilot?: { id: string; cohort: string } }[];
  };
  return decisions;
}

export async function membersOf(client: Client, key: string): Promise<string[]> {
  const res = await client.get(`/api/segments/${key}/members?limit=500`);
  if (res.status !== 200) throw new Error(`members: ${res.status} ${await res.text()}`);
  const body = await res.json();
  return (body.items as { id: string }[]).map((m) => m.id);
}
