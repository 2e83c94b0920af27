import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { cohorts, membersOf, pause, startedPilot } from './pilot-helpers';

/**
 * A firewall request's detail names the pilot that decided a blocked contact, with its cohort and
 * the proposal it tries (docs/pilots.md, "The firewall").
 */
let t: TestApp;
let omar: Client;
let proposalId: string;
let pilotId: string;
beforeAll(async () => {
  t = await createTestApp();
  // Pausing active-customer: the pilot cohort is blocked under the proposed version, the control is not.
  const started = await startedPilot(t, 20, 14, 'active-customer', pause);
  proposalId = started.proposalId;
  pilotId = started.pilot.id;
  omar = started.omar;
});
afterAll(() => t.close());

type Detail = {
  blocked: {
    contactId: string;
    reasons: { code: string }[];
    pilot: { id: string; cohort: string; proposalId: string } | null;
  }[];
};

describe('the request detail under a pilot', () => {
  it('says which pilot and cohort decided each blocked contact, and links the proposal', async () => {
    const ids = await membersOf(omar, 'active-customer');
    const decisions = await cohorts(omar, ids);
    const piloted = decisions.filter((d) => d.pilot?.cohort === 'pilot').map((d) => d.contactId);
    expect(piloted.length).toBeGreaterThan(0);
    const outside = decisions.find((d) => !d.pilot)?.contactId as string;
    // A target no one is in blocks everyone, so both pilot members and others appear in the detail.
    const check = await omar.post('/api/firewall/check', {
      channel: 'email',
      contactIds: [piloted[0], outside],
      targetSegment: 'dormant',
    });
    const { requestId } = await check.json();
    const detail = (await (await omar.get(`/api/firewall/requests/${requestId}`)).json()) as Detail;
    const member = detail.blocked.find((b) => b.contactId === piloted[0]);
    expect(member?.pilot).toEqual({ id: pilotId, cohort: 'pilot', proposalId });
    expect(member?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['segment_paused', 'not_in_target_segment']),
    );
    expect(detail.blocked.find((b) => b.contactId === outside)?.pilot).toBeNull();
  });

  it('names no pilot for a request outside any', async () => {
    const vera = await t.as(DEMO.viewer);
    const check = await omar.post('/api/firewall/check', { channel: 'email', contactIds: ['no-such-contact'] });
    const { requestId } = await check.json();
    const detail = (await (await omar.get(`/api/firewall/requests/${requestId}`)).json()) as Detail;
    expect(detail.blocked[0]?.pilot).toBeNull();
    expect((await vera.get(`/api/firewall/requests/${requestId}`)).status).toBe(200);
  });
});
