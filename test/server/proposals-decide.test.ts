import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { addPerson, current, describeAgain, proposeUpdate } from './proposal-helpers';

let t: TestApp;
let dana: Client;
let omar: Client;
let vera: Client;
beforeAll(async () => {
  t = await createTestApp();
  [dana, omar, vera] = await Promise.all([t.as(DEMO.owner), t.as(DEMO.ops), t.as(DEMO.viewer)]);
});
afterAll(() => t.close());

const expectError = async (res: Response, status: number, code: string) => {
  expect(res.status).toBe(status);
  expect((await res.json()).code).toBe(code);
};

describe('approval', () => {
  it('creates the next immutable version, tied to the proposal, with a follow-up in 30 days', async () => {
    const id = await proposeUpdate(omar, vera, 'new-lead', describeAgain('Leads seen in the last 90 days.'));
    const res = await dana.post(`/api/proposals/${id}/approve`, { note: 'Clearer wording.', revision: 1 });
    expect(res.status).toBe(200);
    const { proposal, version } = await res.json();
    expect(proposal).toMatchObject({
      status: 'approved',
      decidedBy: { name: 'Dana Reyes' },
      decisionNote: 'Clearer wording.',
      approvedVersion: 2,
      currentVersion: 2,
      followUpDue: '2026-12-15',
      canDecide: false,
    });
    expect(version).toMatchObject({ version: 2, proposalId: id, proposedBy: 'Omar Haddad', approvedBy: 'Dana Reyes' });
    expect(version.description).toBe('Leads seen in the last 90 days.');
    const detail = await current(vera, 'new-lead');
    expect(detail.version).toBe(2);
    const { items } = await (await vera.get('/api/segments/new-lead/versions')).json();
    expect(items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const audit = await (await omar.get(`/api/audit?action=proposals.approved&target=${id}`)).json();
    expect(audit.items[0]).toMatchObject({ actor: DEMO.owner, after: { version: 2, segmentKey: 'new-lead' } });
  });

  it('lets operations approve the owner’s own proposal', async () => {
    const id = await proposeUpdate(dana, vera, 'evaluation', describeAgain('Trialling contacts; paused.'));
    const res = await omar.post(`/api/proposals/${id}/approve`, { revision: 1 });
    expect(res.status).toBe(200);
    expect((await res.json()).proposal.decidedBy.name).toBe('Omar Haddad');
  });

  it('never lets anyone approve or reject their own proposal (403 self_approval)', async () => {
    const byOmar = await proposeUpdate(omar, vera, 'dormant', describeAgain('Not seen for 90 days.'));
    await expectError(await omar.post(`/api/proposals/${byOmar}/approve`, { revision: 1 }), 403, 'self_approval');
    await expectError(
      await omar.post(`/api/proposals/${byOmar}/reject`, { rationale: 'Changed my mind about it.' }),
      403,
      'self_approval',
    );
    const byDana = await proposeUpdate(dana, vera, 'dormant', describeAgain('Long silent contacts.'));
    await expectError(await dana.post(`/api/proposals/${byDana}/approve`, { revision: 1 }), 403, 'self_approval');
    const refused = await (await omar.get('/api/audit?action=access.refused')).json();
    expect(
      refused.items.some(
        (e: { actor: string; after: { code: string } }) => e.actor === DEMO.owner && e.after.code === 'self_approval',
      ),
    ).toBe(true);
    expect((await (await vera.get(`/api/proposals/${byDana}`)).json()).status).toBe('open');
  });

  it('refuses operations on a proposal the owner did not make (403 forbidden)', async () => {
    const olga = await addPerson(t, 'olga.ops@example.com', ['operations']);
    const byOmar = await proposeUpdate(omar, vera, 'active-customer', describeAgain('Paying customers.'));
    await expectError(await olga.post(`/api/proposals/${byOmar}/approve`, { revision: 1 }), 403, 'forbidden');
    const asOlga = await (await olga.get(`/api/proposals/${byOmar}`)).json();
    expect(asOlga.canDecide).toBe(false);
  });

  it('refuses marketers, viewers and admin-only users (403 forbidden)', async () => {
    const id = await proposeUpdate(omar, vera, 'active-customer', describeAgain('Customers who pay.'));
    const admin = await addPerson(t, 'adam.admin@example.com', ['admin']);
    for (const client of [await t.as(DEMO.marketer), vera, admin]) {
      await expectError(await client.post(`/api/proposals/${id}/approve`, { revision: 1 }), 403, 'forbidden');
      await expectError(
        await client.post(`/api/proposals/${id}/reject`, { rationale: 'Not a good idea at all.' }),
        403,
        'forbidden',
      );
    }
  });

  it('refuses a second decision (409 not_open)', async () => {
    const id = await proposeUpdate(omar, vera, 'at-risk', describeAgain('Customers drifting away.'));
    expect((await dana.post(`/api/proposals/${id}/approve`, { revision: 1 })).status).toBe(200);
    await expectError(await dana.post(`/api/proposals/${id}/approve`, { revision: 1 }), 409, 'not_open');
    await expectError(
      await dana.post(`/api/proposals/${id}/reject`, { rationale: 'Too late for this one.' }),
      409,
      'not_open',
    );
  });

  it('fails on a stale base version and writes nothing (409 stale_base_version)', async () => {
    const first = await proposeUpdate(omar, vera, 'dormant', describeAgain('First wording.'));
    const second = await proposeUpdate(omar, vera, 'dormant', describeAgain('Second wording.'));
    expect((await dana.post(`/api/proposals/${first}/approve`, { revision: 1 })).status).toBe(200);
    const before = await current(vera, 'dormant');
    await expectError(await dana.post(`/api/proposals/${second}/approve`, { revision: 1 }), 409, 'stale_base_version');
    expect(await current(vera, 'dormant')).toEqual(before);
    expect((await (await vera.get(`/api/proposals/${second}`)).json()).status).toBe('open');
  });

  it('applies only to the revision the approver saw (409 proposal_changed)', async () => {
    const id = await proposeUpdate(omar, vera, 'evaluation', describeAgain('Reviewed text.'));
    const edited = await omar.patch(`/api/proposals/${id}`, {
      definition: { ...(await current(vera, 'evaluation')).definition, description: 'Edited after review.' },
    });
    expect((await edited.json()).revision).toBe(2);
    await expectError(await dana.post(`/api/proposals/${id}/approve`, { revision: 1 }), 409, 'proposal_changed');
    // Without a revision nobody can say what was reviewed: 422 naming the field, nothing approved.
    for (const body of [{}, { note: 'Looks fine.' }, { revision: null }, { revision: '2' }]) {
      const res = await dana.post(`/api/proposals/${id}/approve`, body);
      expect(res.status).toBe(422);
      expect((await res.json()).issues.map((i: { path: string[] }) => i.path.join('.'))).toEqual(['revision']);
    }
    expect((await (await vera.get(`/api/proposals/${id}`)).json()).status).toBe('open');
    const ok = await dana.post(`/api/proposals/${id}/approve`, { revision: 2 });
    expect((await ok.json()).version.description).toBe('Edited after review.');
    const audit = await (await omar.get(`/api/audit?action=proposals.edited&target=${id}`)).json();
    expect(audit.items[0].before).toMatchObject({ revision: 1, definition: { description: 'Reviewed text.' } });
    expect(audit.items[0].after).toMatchObject({ revision: 2, definition: { description: 'Edited after review.' } });
  });
});

describe('rejection', () => {
  it('requires a rationale of at least 10 characters and records it', async () => {
    const id = await proposeUpdate(omar, vera, 'new-lead', describeAgain('Any lead.'));
    const short = await dana.post(`/api/proposals/${id}/reject`, { rationale: 'No.' });
    expect(short.status).toBe(422);
    expect((await short.json()).issues[0].path).toEqual(['rationale']);
    expect((await dana.post(`/api/proposals/${id}/reject`, {})).status).toBe(422);
    const res = await dana.post(`/api/proposals/${id}/reject`, { rationale: 'Too broad: it drops the score floor.' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'rejected',
      decisionNote: 'Too broad: it drops the score floor.',
      decidedBy: { name: 'Dana Reyes' },
      followUpDue: null,
    });
  });
});
