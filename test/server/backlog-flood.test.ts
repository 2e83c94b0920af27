import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backlog, fileItem, ownerOrder, rankItem } from './backlog-helpers';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { idOf } from './people-helpers';

/**
 * A backlog that outgrows its list (docs/rules.md, "Backlog"): whoever files many items must not
 * push the owner's ranked items out of sight, nor make an item unreadable by its id.
 */
let t: TestApp;
let dana: Client;
let mia: Client;
beforeAll(async () => {
  t = await createTestApp();
  [dana, mia] = await Promise.all([t.as(DEMO.owner), t.as(DEMO.marketer)]);
});
afterAll(() => t.close());

describe('a flooded intake', () => {
  it('keeps every ranked item in the list and in the order, and every item readable by id', async () => {
    const ranked = await fileItem(mia, 'Ranked before the flood');
    await rankItem(dana, ranked);
    const oldIntake = await fileItem(mia, 'Waiting before the flood');
    // 2,500 items filed later by the same marketer, written as filing them would leave them.
    const marketer = await idOf(t, DEMO.marketer);
    const later = new Date(t.clock.now().getTime() + 60_000).toISOString();
    await t.db.execute(sql`
      INSERT INTO backlog_items (title, goal, value, effort, urgency, status, segment_keys, workflow_ids,
        requester_id, created_at, updated_at)
      SELECT 'Flood item ' || n, 'Fill the intake so nothing else shows.', 5, 1, 'high', 'intake', '{}', '{}',
        ${marketer}::uuid, ${later}::timestamptz + n * interval '1 second', ${later}::timestamptz + n * interval '1 second'
      FROM generate_series(1, 2500) AS n`);

    const { items, version } = await backlog(dana);
    const order = ownerOrder(items);
    expect(order).toContain(ranked);
    const reorder = await dana.post('/api/backlog/order', { order, version });
    expect(reorder.status, await reorder.clone().text()).toBe(200);

    expect((await dana.get(`/api/backlog/${ranked}`)).status).toBe(200);
    const waiting = await dana.get(`/api/backlog/${oldIntake}`);
    expect(waiting.status).toBe(200);
    expect(await waiting.json()).toMatchObject({ id: oldIntake, status: 'intake' });
    const edited = await mia.patch(`/api/backlog/${oldIntake}`, { title: 'Waiting before the flood, edited' });
    expect(edited.status, await edited.clone().text()).toBe(200);
    const declined = await dana.patch(`/api/backlog/${oldIntake}`, {
      status: 'declined',
      rationale: 'Not now: the flood comes first.',
    });
    expect(declined.status, await declined.clone().text()).toBe(200);
  }, 60_000);
});
