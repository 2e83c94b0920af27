import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './harness';
import { expectRefusal, idOf, newPerson, PASSWORD, pendingFor } from './people-helpers';
import { describeAgain, proposeUpdate } from './proposal-helpers';

/**
 * No stand-ins (docs/rules.md): nobody gets their own change approved through an account they
 * created or a role they proposed. Tests that hand ownership over get a workspace of their own.
 */

let t: TestApp;

const RATIONALE = 'Longer observation for new senders this quarter.';

/** Omar (operations) proposes raising the onboarding period; the proposal's id. */
async function settingProposal(): Promise<string> {
  const res = await (await t.as(DEMO.ops)).post('/api/firewall/settings/proposals', {
    settingKey: 'onboarding_days',
    value: 45,
    rationale: RATIONALE,
  });
  expect(res.status).toBe(201);
  return (await res.json()).id;
}

/** Hands ownership to `userId` as Omar proposes it, confirmed by Dana, the owner handing over. */
async function handOverTo(userId: string) {
  const omar = await t.as(DEMO.ops);
  expect((await (await omar.patch(`/api/users/${userId}`, { roles: ['owner'] })).json()).pendingRoles).toEqual([
    'owner',
  ]);
  const [handover] = await pendingFor(omar, userId);
  await expectRefusal(await omar.post(`/api/user-changes/${handover?.id}/confirm`, {}), 403, 'own_change');
  const dana = await t.as(DEMO.owner);
  expect((await dana.post(`/api/user-changes/${handover?.id}/confirm`, {})).status).toBe(200);
  expect((await (await omar.get('/api/workspace/owner')).json()).owner.id).toBe(userId);
}

describe('no stand-in approvers after a handover', () => {
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('refuses the admin’s own proposals to an owner account the admin created (the puppet)', async () => {
    const omar = await t.as(DEMO.ops);
    const created = await omar.post('/api/users', newPerson('m.puppet@example.com', ['owner']));
    const { id } = await created.json();
    const puppet = await t.as('m.puppet@example.com', PASSWORD);
    const [handover] = await pendingFor(omar, id);
    // The new owner cannot confirm their own handover.
    await expectRefusal(await puppet.post(`/api/user-changes/${handover?.id}/confirm`, {}), 403, 'forbidden');
    await handOverTo(id); // saving the same roles again keeps the one pending handover

    const setting = await settingProposal();
    const view = await (await puppet.get(`/api/firewall/settings/proposals/${setting}`)).json();
    expect(view.canDecide).toBe(false);
    const approveSetting = { revision: view.revision };
    await expectRefusal(
      await puppet.post(`/api/firewall/settings/proposals/${setting}/approve`, approveSetting),
      403,
      'stand_in',
    );
    const segment = await proposeUpdate(omar, puppet, 'evaluation', describeAgain('Unpaused by a puppet.'));
    const proposal = await (await puppet.get(`/api/proposals/${segment}`)).json();
    expect(proposal.canDecide).toBe(false);
    await expectRefusal(
      await puppet.post(`/api/proposals/${segment}/approve`, { revision: proposal.revision }),
      403,
      'stand_in',
    );
    await expectRefusal(
      await puppet.post(`/api/proposals/${segment}/reject`, { rationale: 'Refused by a stand-in, too.' }),
      403,
      'stand_in',
    );
    const refused = await (await puppet.get('/api/audit?action=access.refused')).json();
    expect(refused.items.filter((e: { after: { code: string } }) => e.after.code === 'stand_in')).toHaveLength(3);
    expect((await (await omar.get(`/api/proposals/${segment}`)).json()).status).toBe('open');
  });

  it('refuses them to an owner whose role the admin proposed, though someone else created the account', async () => {
    const vera = await idOf(t, DEMO.viewer);
    await handOverTo(vera);
    const veraClient = await t.as(DEMO.viewer);
    const setting = await settingProposal();
    const { revision } = await (await veraClient.get(`/api/firewall/settings/proposals/${setting}`)).json();
    await expectRefusal(
      await veraClient.post(`/api/firewall/settings/proposals/${setting}/approve`, { revision }),
      403,
      'stand_in',
    );
    // Confirming is a second pair of eyes, not a proposal's approval: Vera may confirm Omar's grants.
    const omar = await t.as(DEMO.ops);
    const { id } = await (await omar.post('/api/users', newPerson('zed@example.com', ['operations']))).json();
    const [grant] = await pendingFor(veraClient, id);
    expect(grant?.canConfirm).toBe(true);
    expect((await veraClient.post(`/api/user-changes/${grant?.id}/confirm`, {})).status).toBe(200);
  });
});

describe('no stand-ins two or more links away', () => {
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('refuses an owner created by an account the admin created, for decisions and confirmations', async () => {
    const omar = await t.as(DEMO.ops);
    const dana = await t.as(DEMO.owner);
    const { id: ada } = await (await omar.post('/api/users', newPerson('ada@example.com', ['admin']))).json();
    for (const c of await pendingFor(dana, ada)) {
      expect((await dana.post(`/api/user-changes/${c.id}/confirm`, {})).status).toBe(200);
    }
    const adaClient = await t.as('ada@example.com', PASSWORD);
    const { id: p2 } = await (await adaClient.post('/api/users', newPerson('p2@example.com', ['owner']))).json();
    const [handover] = await pendingFor(dana, p2);
    expect((await dana.post(`/api/user-changes/${handover?.id}/confirm`, {})).status).toBe(200);
    expect((await (await omar.get('/api/workspace/owner')).json()).owner.id).toBe(p2);
    const puppet = await t.as('p2@example.com', PASSWORD);

    const setting = await settingProposal();
    const { revision, canDecide } = await (await puppet.get(`/api/firewall/settings/proposals/${setting}`)).json();
    expect(canDecide).toBe(false);
    await expectRefusal(
      await puppet.post(`/api/firewall/settings/proposals/${setting}/approve`, { revision }),
      403,
      'stand_in',
    );
    const segment = await proposeUpdate(omar, puppet, 'evaluation', describeAgain('Unpaused two hops away.'));
    const proposal = await (await puppet.get(`/api/proposals/${segment}`)).json();
    await expectRefusal(
      await puppet.post(`/api/proposals/${segment}/approve`, { revision: proposal.revision }),
      403,
      'stand_in',
    );
    // Nor does the puppet confirm what the admin proposes for an account of the admin's.
    const { id: bo } = await (await omar.post('/api/users', newPerson('bo@example.com', ['operations']))).json();
    const [grant] = await pendingFor(puppet, bo);
    expect(grant).toMatchObject({ canConfirm: false, cannotConfirmBecause: 'stand_in' });
    await expectRefusal(await puppet.post(`/api/user-changes/${grant?.id}/confirm`, {}), 403, 'stand_in');
  });

  it('refuses an owner whose role was proposed by someone whose own role the admin proposed', async () => {
    const omar = await t.as(DEMO.ops);
    const dana = await t.as(DEMO.owner);
    const vera = await idOf(t, DEMO.viewer);
    await omar.patch(`/api/users/${vera}`, { roles: ['admin'] });
    for (const c of await pendingFor(dana, vera)) {
      expect((await dana.post(`/api/user-changes/${c.id}/confirm`, {})).status).toBe(200);
    }
    const veraClient = await t.as(DEMO.viewer);
    const nick = await idOf(t, DEMO.newHire);
    await veraClient.patch(`/api/users/${nick}`, { roles: ['owner'] });
    const [handover] = await pendingFor(dana, nick);
    expect((await dana.post(`/api/user-changes/${handover?.id}/confirm`, {})).status).toBe(200);
    expect((await (await omar.get('/api/workspace/owner')).json()).owner.id).toBe(nick);

    const nickClient = await t.as(DEMO.newHire);
    const setting = await settingProposal();
    const { revision } = await (await nickClient.get(`/api/firewall/settings/proposals/${setting}`)).json();
    await expectRefusal(
      await nickClient.post(`/api/firewall/settings/proposals/${setting}/approve`, { revision }),
      403,
      'stand_in',
    );
  });
});

describe('no stand-ins while Dana owns', () => {
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses an owner the approval of a campaign by a marketer whose account she created', async () => {
    const dana = await idOf(t, DEMO.owner);
    // Set up an owner who is also an admin (two people would have agreed to it).
    await t.db.execute(sql`UPDATE users SET roles = ARRAY['owner','admin'] WHERE id = ${dana}`);
    const owner = await t.as(DEMO.owner);
    expect((await owner.post('/api/users', newPerson('sock@example.com', ['marketer']))).status).toBe(201);
    const sock = await t.as('sock@example.com', PASSWORD);
    const campaign = await (
      await sock.post('/api/campaigns', { name: 'Renewal', channel: 'email', targetSegment: 'at-risk', copy: 'Hello.' })
    ).json();
    expect((await sock.post(`/api/campaigns/${campaign.id}/submit-for-approval`)).status).toBe(200);
    const { targetSegment, currentVersion } = await (await owner.get(`/api/campaigns/${campaign.id}`)).json();
    const reviewed = { segment: targetSegment, version: currentVersion };
    await expectRefusal(await owner.post(`/api/campaigns/${campaign.id}/approve`, reviewed), 403, 'stand_in');
    expect((await (await owner.get(`/api/campaigns/${campaign.id}`)).json()).approvalState).toBe('pending');
  });

  it('refuses a confirmation by an account the proposer created', async () => {
    const omar = await t.as(DEMO.ops);
    const { id: ada } = await (await omar.post('/api/users', newPerson('ada@example.com', ['admin']))).json();
    const dana = await t.as(DEMO.owner);
    const [adminGrant] = await pendingFor(dana, ada);
    expect((await dana.post(`/api/user-changes/${adminGrant?.id}/confirm`, {})).status).toBe(200);

    const { id: bo } = await (await omar.post('/api/users', newPerson('bo@example.com', ['operations']))).json();
    const adaClient = await t.as('ada@example.com', PASSWORD);
    const [grant] = await pendingFor(adaClient, bo);
    expect(grant).toMatchObject({ canConfirm: false, cannotConfirmBecause: 'stand_in' });
    await expectRefusal(await adaClient.post(`/api/user-changes/${grant?.id}/confirm`, {}), 403, 'stand_in');
    expect((await dana.post(`/api/user-changes/${grant?.id}/confirm`, {})).status).toBe(200);
  });
});
