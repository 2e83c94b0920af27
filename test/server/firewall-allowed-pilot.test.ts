import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness';
import { cohorts, membersOf, startedPilot } from './pilot-helpers';

/**
 * An allowed decision of a pilot cohort decided by a proposal not approved then is stored with
 * its pilot and no version, and explained by the proposal's rules (docs/rules.md, "Why a contact
 * is eligible"; docs/pilots.md, "The firewall").
 */
describe('a pilot cohort’s allowed decision', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is grouped with its pilot and explained by the piloted proposal', async () => {
    const { pilot, omar } = await startedPilot(t);
    const members = await membersOf(omar, 'evaluation');
    const decisions = await cohorts(omar, members);
    const allowed = decisions.find((d) => d.allowed && d.pilot?.cohort === 'pilot');
    if (!allowed) throw new Error('the pilot cohort allowed nobody');
    const res = await omar.post('/api/firewall/check', { channel: 'email', contactIds: [allowed.contactId] });
    const { requestId } = await res.json();
    const detail = await (await omar.get(`/api/firewall/requests/${requestId}`)).json();
    expect(detail.allowed).toEqual([
      {
        id: expect.any(Number),
        segment: 'evaluation',
        segmentName: null,
        segmentVersion: null,
        pilot: { id: pilot.id, cohort: 'pilot' },
        count: 1,
      },
    ]);
    const e = await (await omar.get(`/api/firewall/requests/${requestId}/allowed/${allowed.contactId}`)).json();
    expect(e).toMatchObject({ segment: 'evaluation', segmentVersion: null, pilot: { id: pilot.id, cohort: 'pilot' } });
    const decided = e.segments.filter((s: { decided: boolean }) => s.decided);
    expect(decided).toMatchObject([{ key: 'evaluation', version: null, matched: true }]);
    expect(e.summary).toMatch(/^Allowed in Evaluation \(piloted proposal, priority \d+\), segment-eligible because/);
  });
});
