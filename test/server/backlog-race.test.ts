import { describe, expect, it } from 'vitest';
import { backlogItem, ownerOrder } from './backlog-helpers';
import { DEMO } from './harness';
import { type Send, seededPostgres } from './race-app';

/**
 * The owner's order under real concurrency (PGlite runs one statement at a time, so it cannot show
 * a race): reorders and rankings sent at once from the same version queue on the order's lock, the
 * first wins and the others are refused with 409 `stale_order`, never a 5xx or a lost item.
 */

const postgres = seededPostgres();
const { signIn } = postgres;

const rotate = (ids: string[], by: number) => [...ids.slice(by), ...ids.slice(0, by)];

describe('racing reorders on real PostgreSQL', () => {
  it('lets exactly one of several reorders from the same version win, and keeps every item', async () => {
    const [dana, mia] = await Promise.all([signIn(DEMO.owner), signIn(DEMO.marketer)]);
    for (let i = 0; i < 3; i++) {
      const { id } = await (await mia('POST', '/api/backlog', backlogItem(`Race item ${i}`))).json();
      expect((await dana('PATCH', `/api/backlog/${id}`, { status: 'ranked' })).status).toBe(200);
    }
    for (let round = 0; round < 3; round++) {
      const { items, version } = await (await dana('GET', '/api/backlog')).json();
      const order = ownerOrder(items);
      const orders = [1, 2, 3].map((by) => rotate(order, by));
      const results = await Promise.all(orders.map((o) => dana('POST', '/api/backlog/order', { order: o, version })));
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(2);
      const now = await (await dana('GET', '/api/backlog')).json();
      expect(now.version).toBe(version + 1);
      expect(ownerOrder(now.items)).toEqual(orders[statuses.indexOf(200)]);
    }
  });

  it('refuses a reorder that raced a ranking, so the newly ranked item is never dropped', async () => {
    const [dana, mia] = await Promise.all([signIn(DEMO.owner), signIn(DEMO.marketer)]);
    const { id } = await (await mia('POST', '/api/backlog', backlogItem('Ranked during a reorder'))).json();
    const { items, version } = await (await dana('GET', '/api/backlog')).json();
    const [reorder, rank] = await Promise.all([
      dana('POST', '/api/backlog/order', { order: rotate(ownerOrder(items), 1), version }),
      dana('PATCH', `/api/backlog/${id}`, { status: 'ranked' }),
    ]);
    expect(rank.status).toBe(200);
    expect([200, 409]).toContain(reorder.status);
    const now = await (await dana('GET', '/api/backlog')).json();
    expect(ownerOrder(now.items)).toContain(id);
    expect(now.version).toBe(version + (reorder.status === 200 ? 2 : 1));
  });

  it('opens one proposal from an item that several callers open at once', async () => {
    const [dana, omar, mia] = await Promise.all([signIn(DEMO.owner), signIn(DEMO.ops), signIn(DEMO.marketer)]);
    const { id } = await (await mia('POST', '/api/backlog', backlogItem('Opened twice at once'))).json();
    expect((await dana('PATCH', `/api/backlog/${id}`, { status: 'ranked' })).status).toBe(200);
    const { current: v } = await (await dana('GET', '/api/segments/evaluation')).json();
    const { name, description, criteria, pause, approval, transitions, expectedDwellDays } = v;
    const open = (who: Send, by: number) =>
      who('POST', `/api/backlog/${id}/proposal`, {
        kind: 'update',
        segmentKey: 'evaluation',
        baseVersion: v.version,
        definition: {
          name,
          description,
          criteria,
          priority: v.priority + by,
          pause,
          approval,
          transitions,
          expectedDwellDays,
        },
        rationale: 'Evidence from the last two monthly reviews supports this change.',
      });
    const results = await Promise.all([open(omar, 1), open(dana, 2), open(omar, 3)]);
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(2);
    const { proposalId } = await (results[statuses.indexOf(201)] as Response).json();
    expect(await (await dana('GET', `/api/backlog/${id}`)).json()).toMatchObject({ status: 'in_proposal', proposalId });
    const opened = await (await dana('GET', '/api/proposals?status=open&segment=evaluation')).json();
    const linked = opened.items.filter((p: { backlogItem: { id: string } | null }) => p.backlogItem?.id === id);
    expect(linked).toHaveLength(1);
  });
});
