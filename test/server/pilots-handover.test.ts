import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './harness';
import { addConfirmed, pendingFor } from './people-helpers';
import { unpause } from './pilot-helpers';
import { proposeUpdate } from './proposal-helpers';

/**
 * A pilot applies its proposal to real sends, so only someone who may decide the proposal extends it
 * (docs/rules.md, "Pilots"): when a handover makes the proposer the owner, they may not keep their
 * own proposal running on real contacts.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('a pilot after a handover', () => {
  it('is not extended by a new owner who proposed it', async () => {
    const dana = await t.as(DEMO.owner);
    const { id: theoId, client: theo } = await addConfirmed(t, 'theo.ops@example.com', ['operations']);
    const proposalId = await proposeUpdate(theo, dana, 'evaluation', unpause);
    let res = await dana.post(`/api/proposals/${proposalId}/pilot`, { share: 20, durationDays: 7 });
    // The split hashes a random pilot id: on a small segment a cohort can come out empty; ask again.
    for (let tries = 1; tries < 3 && res.status === 409; tries++) {
      res = await dana.post(`/api/proposals/${proposalId}/pilot`, { share: 20, durationDays: 7 });
    }
    expect(res.status).toBe(201);
    const pilot = await res.json();

    const omar = await t.as(DEMO.ops);
    expect((await omar.patch(`/api/users/${theoId}`, { roles: ['operations', 'owner'] })).status).toBe(200);
    const [handover] = await pendingFor(dana, theoId);
    expect((await dana.post(`/api/user-changes/${handover?.id}/confirm`, {})).status).toBe(200);

    const extended = await theo.post(`/api/pilots/${pilot.id}/extend`, { days: 7 });
    expect(extended.status).toBe(403);
    expect((await extended.json()).code).toBe('self_approval');
    const after = await (await theo.get(`/api/pilots/${pilot.id}`)).json();
    expect(after.endsAt).toBe(pilot.endsAt);
  });
});
