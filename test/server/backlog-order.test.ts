import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backlog, fileItem, ownerOrder, rankItem } from './backlog-helpers';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { current, RATIONALE } from './proposal-helpers';

/**
 * The owner's order and the way an item becomes a proposal (docs/rules.md, "Backlog"): the order is
 * stable and versioned, so of two reorders made from the same version the second fails with 409;
 * a proposal opened from an item links both ways, and its decision moves the item.
 */
let t: TestApp;
let dana: Client;
let omar: Client;
let mia: Client;
let vera: Client;
beforeAll(async () => {
  t = await createTestApp();
  [dana, omar, mia, vera] = await Promise.all([
    t.as(DEMO.owner),
    t.as(DEMO.ops),
    t.as(DEMO.marketer),
    t.as(DEMO.viewer),
  ]);
});
afterAll(() => t.close());

async function rankedItems(prefix: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = await fileItem(mia, `${prefix} ${i}`);
    await rankItem(dana, id);
    ids.push(id);
  }
  return ids;
}

describe('the owner’s order', () => {
  it('appends newly ranked items, keeps the order it was given, and bumps the version', async () => {
    await rankedItems('Order base', 3);
    const before = await backlog(vera);
    const order = ownerOrder(before.items);
    expect(order.length).toBeGreaterThanOrEqual(3);
    const reversed = [...order].reverse();
    const res = await dana.post('/api/backlog/order', { order: reversed, version: before.version });
    expect(res.status, await res.clone().text()).toBe(200);
    const after = await res.json();
    expect(ownerOrder(after.items)).toEqual(reversed);
    expect(after.version).toBe(before.version + 1);
    // Read again, the order is the same: stable, not recomputed.
    expect(ownerOrder((await backlog(vera)).items)).toEqual(reversed);
    const [added] = await rankedItems('Order appended', 1);
    expect(ownerOrder((await backlog(vera)).items)).toEqual([...reversed, added]);
  });

  it('lets only the owner reorder', async () => {
    const { items, version } = await backlog(vera);
    const body = { order: ownerOrder(items), version };
    for (const client of [omar, mia, vera]) expect((await client.post('/api/backlog/order', body)).status).toBe(403);
  });

  it('lets one of two reorders made from the same version win, and refuses the other with 409', async () => {
    await rankedItems('Order race', 2);
    const { items, version } = await backlog(vera);
    const order = ownerOrder(items);
    const first = [...order.slice(1), order[0]];
    const second = [order.at(-1), ...order.slice(0, -1)];
    const results = await Promise.all([
      dana.post('/api/backlog/order', { order: first, version }),
      dana.post('/api/backlog/order', { order: second, version }),
    ]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const lost = results.find((r) => r.status === 409);
    expect(await lost?.json()).toMatchObject({ code: 'stale_order' });
    const winner = results[0]?.status === 200 ? first : second;
    const now = await backlog(vera);
    expect(ownerOrder(now.items)).toEqual(winner);
    expect(now.version).toBe(version + 1);
  });

  it('refuses an order that is stale because an item was ranked since', async () => {
    const { items, version } = await backlog(vera);
    await rankedItems('Order ranked meanwhile', 1);
    const res = await dana.post('/api/backlog/order', { order: ownerOrder(items), version });
    expect(res.status).toBe(409);
  });

  it('refuses an order that leaves out, repeats or invents items, naming order', async () => {
    const { items, version } = await backlog(vera);
    const order = ownerOrder(items);
    const intake = await fileItem(mia, 'Order not ranked');
    for (const bad of [order.slice(1), [...order, order[0]], [...order, intake]]) {
      const res = await dana.post('/api/backlog/order', { order: bad, version });
      expect(res.status).toBe(422);
      const paths = (await res.json()).issues.map((i: { path: (string | number)[] }) => String(i.path[0]));
      expect(paths).toContain('order');
    }
    const hostile = await dana.post('/api/backlog/order', { order: ['x\u0000'], version: -1 });
    expect(hostile.status).toBe(422);
  });
});

async function openFrom(client: Client, id: string, priorityBy: number) {
  const { version, definition } = await current(vera, 'evaluation');
  return client.post(`/api/backlog/${id}/proposal`, {
    kind: 'update',
    segmentKey: 'evaluation',
    baseVersion: version,
    definition: { ...definition, priority: definition.priority + priorityBy },
    rationale: RATIONALE,
  });
}

describe('opening a proposal from an item', () => {
  it('needs a ranked item and someone who may propose', async () => {
    const id = await fileItem(mia, 'Proposal from intake');
    expect((await openFrom(dana, id, 1)).status).toBe(409);
    await rankItem(dana, id);
    expect((await openFrom(mia, id, 1)).status).toBe(403);
    expect((await openFrom(vera, id, 1)).status).toBe(403);
  });

  it('links both ways and moves the item; approval makes it done in the same change', async () => {
    const [id = ''] = await rankedItems('Proposal approved', 1);
    const res = await openFrom(omar, id, 2);
    expect(res.status, await res.clone().text()).toBe(201);
    const { proposalId } = await res.json();
    expect(await (await vera.get(`/api/backlog/${id}`)).json()).toMatchObject({ status: 'in_proposal', proposalId });
    const proposal = await (await vera.get(`/api/proposals/${proposalId}`)).json();
    expect(proposal.backlogItem).toEqual({ id, title: 'Proposal approved 0' });
    expect(await (await vera.get(`/api/backlog/${id}`)).json()).toMatchObject({ ownerRank: expect.any(Number) });
    // An item in a proposal cannot be opened again or declined by hand.
    expect((await openFrom(omar, id, 3)).status).toBe(409);
    const decline = await dana.patch(`/api/backlog/${id}`, {
      status: 'declined',
      rationale: 'Changed our minds on it.',
    });
    expect(decline.status).toBe(409);

    const approve = await dana.post(`/api/proposals/${proposalId}/approve`, { revision: proposal.revision });
    expect(approve.status, await approve.clone().text()).toBe(200);
    const done = await (await vera.get(`/api/backlog/${id}`)).json();
    expect(done).toMatchObject({ status: 'done', ownerRank: null, suggestedRank: null, proposalId });
    const audit = await (await dana.get(`/api/audit?target=${id}`)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['backlog.proposal_opened', 'backlog.done']),
    );
  });

  it('leaves the item in its proposal when its opener tries to approve it', async () => {
    const [id = ''] = await rankedItems('Proposal self-approved', 1);
    const { proposalId } = await (await openFrom(dana, id, 5)).json();
    const proposal = await (await vera.get(`/api/proposals/${proposalId}`)).json();
    const own = await dana.post(`/api/proposals/${proposalId}/approve`, { revision: proposal.revision });
    expect(own.status).toBe(403);
    expect(await own.json()).toMatchObject({ code: 'self_approval' });
    expect(await (await vera.get(`/api/backlog/${id}`)).json()).toMatchObject({ status: 'in_proposal', proposalId });
    const withdrawn = await dana.post(`/api/proposals/${proposalId}/withdraw`, {});
    expect(withdrawn.status, await withdrawn.clone().text()).toBe(200);
    expect(await (await vera.get(`/api/backlog/${id}`)).json()).toMatchObject({ status: 'ranked' });
  });

  it('puts the item back among the ranked when the proposal is rejected', async () => {
    const [id = ''] = await rankedItems('Proposal rejected', 1);
    const { proposalId } = await (await openFrom(omar, id, 4)).json();
    const reject = await dana.post(`/api/proposals/${proposalId}/reject`, {
      rationale: 'Not with the sale this month.',
    });
    expect(reject.status, await reject.clone().text()).toBe(200);
    expect(await (await vera.get(`/api/backlog/${id}`)).json()).toMatchObject({ status: 'ranked' });
  });

  it('leaves the item as it was when the proposal is refused', async () => {
    const [id = ''] = await rankedItems('Proposal refused', 1);
    const stale = await dana.post(`/api/backlog/${id}/proposal`, {
      kind: 'update',
      segmentKey: 'evaluation',
      baseVersion: 1,
      definition: (await current(vera, 'evaluation')).definition,
      rationale: RATIONALE,
    });
    expect([409, 422]).toContain(stale.status);
    expect(await (await vera.get(`/api/backlog/${id}`)).json()).toMatchObject({ status: 'ranked', proposalId: null });
  });
});
