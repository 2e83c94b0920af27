import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptAttributes } from './dictionary-helpers';
import { type Client, DEMO } from './harness';
import { startedPilot } from './pilot-helpers';
import { createPostgresTestApp, type PostgresTestApp } from './postgres-app';
import { current, proposeUpdate } from './proposal-helpers';

/**
 * The evidence beside each checklist item (docs/rules.md, "Decision checklist"), from scripted
 * data: the seeded workspace, then one change that turns the item's suggestion. Each test has a
 * database of its own, since a change made for one item would move another's figures: a copy of the
 * demo in the run's shared PostgreSQL, which takes a fraction of what loading an in-memory one does.
 */
let t: PostgresTestApp;
let dana: Client;
let omar: Client;
beforeEach(async () => {
  t = await createPostgresTestApp({ cheapPasswords: true });
  [dana, omar] = await Promise.all([t.as(DEMO.owner), t.as(DEMO.ops)]);
});
afterEach(() => t.close());

type Evidence = { suggested: boolean; summary: string };
async function evidence(key: string, month = '2026-11'): Promise<Evidence> {
  const body = await (await dana.get(`/api/checklist/${month}`)).json();
  return body.items.find((i: { key: string }) => i.key === key).evidence;
}

async function approve(id: string) {
  const res = await dana.post(`/api/proposals/${id}/approve`, { revision: 1 });
  if (res.status !== 200) throw new Error(`approve: ${res.status} ${await res.text()}`);
}

describe('checklist evidence', () => {
  it('workflow inventory: every workflow registered with its segments, none only discovered', async () => {
    expect(await evidence('workflow_inventory')).toEqual({
      suggested: false,
      summary: '8 of 10 workflows registered with their segments; 1 discovered and not yet described.',
    });
    await t.db.execute(
      sql`UPDATE workflows SET status = 'archived' WHERE status = 'discovered' OR cardinality(audience) = 0`,
    );
    expect(await evidence('workflow_inventory')).toMatchObject({
      suggested: true,
      summary: expect.stringMatching(/^8 of 8/),
    });
    await t.db.execute(sql`UPDATE workflows SET status = 'archived'`);
    expect(await evidence('workflow_inventory')).toEqual({ suggested: false, summary: 'No workflows registered yet.' });
  });

  it('criteria documented: every active segment has a description', async () => {
    expect(await evidence('criteria_documented')).toMatchObject({
      suggested: true,
      summary: expect.stringMatching(/^5 of 5/),
    });
    await approve(await proposeUpdate(omar, dana, 'dormant', (d) => ({ ...d, description: '' })));
    expect(await evidence('criteria_documented')).toMatchObject({
      suggested: false,
      summary: expect.stringMatching(/^4 of 5/),
    });
  });

  it('branching workflow: an active workflow does different things for different segments', async () => {
    expect(await evidence('branching_workflow')).toMatchObject({
      suggested: true,
      summary: expect.stringMatching(/^2 active/),
    });
    await t.db.execute(sql`UPDATE workflows SET actions = '[]'::jsonb`);
    expect(await evidence('branching_workflow')).toMatchObject({
      suggested: false,
      summary: expect.stringMatching(/^0 active/),
    });
  });

  it('quarterly review: every active segment reviewed within its cadence', async () => {
    expect(await evidence('quarterly_review')).toMatchObject({
      suggested: false,
      summary: expect.stringMatching(/^3 of 5/),
    });
    for (const key of ['active-customer', 'evaluation']) {
      const res = await dana.post(`/api/segments/${key}/review`, { note: 'Criteria still match what we see.' });
      expect(res.status).toBe(200);
    }
    expect(await evidence('quarterly_review')).toMatchObject({
      suggested: true,
      summary: expect.stringMatching(/^5 of 5/),
    });
  });

  it('data source onboarding: attributes accepted, none waiting for a decision', async () => {
    expect(await evidence('data_source_onboarding')).toMatchObject({
      suggested: false,
      summary: expect.stringContaining('2 discovered'),
    });
    await acceptAttributes(t, { source: 'string', tags: 'array' });
    expect(await evidence('data_source_onboarding')).toMatchObject({
      suggested: true,
      summary: expect.stringContaining('0 discovered'),
    });
  });

  it('segment gates: the share of active workflows whose sends followed checks', async () => {
    expect(await evidence('segment_gates')).toMatchObject({
      suggested: false,
      summary: expect.stringMatching(/^7 of 8 active workflows \(88%\)/),
    });
    const { items } = await (await dana.get('/api/workflows')).json();
    const ungated = (items as { id: string; status: string; gate: { status: string } }[]).filter(
      (w) => w.status === 'active' && w.gate.status !== 'gated',
    );
    expect(ungated).toHaveLength(1);
    await t.db.execute(sql`UPDATE workflows SET status = 'paused' WHERE id = ${ungated[0]?.id}`);
    expect(await evidence('segment_gates')).toMatchObject({
      suggested: true,
      summary: expect.stringMatching(/\(100%\)/),
    });
  });

  it('tested on a small segment: a pilot in the last quarter, not counted in a month before it', async () => {
    // The demo workspace tried two changes on small cohorts this autumn (server/seed/pilots.ts).
    expect(await evidence('small_segment_test')).toEqual({
      suggested: true,
      summary: '2 pilots started in the last quarter.',
    });
    expect(await evidence('small_segment_test', '2026-09')).toEqual({
      suggested: false,
      summary: '0 pilots started in the last quarter.',
    });
    await startedPilot(t);
    expect(await evidence('small_segment_test')).toEqual({
      suggested: true,
      summary: '3 pilots started in the last quarter.',
    });
    expect((await evidence('small_segment_test', '2026-09')).suggested).toBe(false);
  });

  it('monitoring per segment: outcome events for every segment that had sends in 30 days', async () => {
    expect(await evidence('monitoring_per_segment')).toMatchObject({
      suggested: false,
      // The demo reports outcomes for the segments its pilots and health history cover, not all.
      summary: expect.stringMatching(/^[0-4] of 5 segments with sends/),
    });
    // One outcome for one member of each segment that was sent to.
    await t.db.execute(sql`
      INSERT INTO outcome_events (event_id, contact_id, type, at, received_at)
      SELECT 'ev-' || c.segment_key, min(c.id), 1, now(), '2026-11-14T00:00:00Z'
        FROM send_events e JOIN contacts c ON c.id = e.contact_id
       WHERE e.sent_at >= '2026-10-16' AND c.segment_key IS NOT NULL GROUP BY c.segment_key`);
    expect(await evidence('monitoring_per_segment')).toMatchObject({
      suggested: true,
      summary: expect.stringMatching(/^5 of 5/),
    });
  });

  it('monthly meeting: the three monthly reviews before the month completed', async () => {
    expect(await evidence('monthly_meeting')).toMatchObject({
      suggested: true,
      summary: expect.stringMatching(/^3 of 3/),
    });
    expect(await evidence('monthly_meeting', '2026-09')).toMatchObject({ suggested: false });
    await t.db.execute(sql`UPDATE reviews SET status = 'open' WHERE month = '2026-10'`);
    expect(await evidence('monthly_meeting')).toMatchObject({
      suggested: false,
      summary: expect.stringMatching(/^2 of 3/),
    });
  });

  it('reads segments as they stood at a past month’s end: a later change moves only the later month', async () => {
    t.clock.set(new Date('2026-12-03T09:00:00Z'));
    // Sessions end when the clock jumps weeks: sign in again in December.
    [dana, omar] = await Promise.all([t.as(DEMO.owner), t.as(DEMO.ops)]);
    const { priority } = (await current(dana, 'at-risk')).definition;
    await approve(await proposeUpdate(omar, dana, 'dormant', (d) => ({ ...d, description: '', priority })));
    expect(await evidence('criteria_documented', '2026-12')).toMatchObject({
      summary: expect.stringMatching(/^4 of 5/),
    });
    expect(await evidence('priority_rules', '2026-12')).toMatchObject({ suggested: false });
    // November ended before the change: its evidence is what November's records said.
    expect(await evidence('criteria_documented', '2026-11')).toMatchObject({
      suggested: true,
      summary: expect.stringMatching(/^5 of 5/),
    });
    expect(await evidence('priority_rules', '2026-11')).toMatchObject({ suggested: true });
  });

  it('priority rules: no two active segments share a priority', async () => {
    expect(await evidence('priority_rules')).toMatchObject({ suggested: true });
    const { priority } = (await current(dana, 'at-risk')).definition;
    await approve(await proposeUpdate(omar, dana, 'dormant', (d) => ({ ...d, priority })));
    const shared = await evidence('priority_rules');
    expect(shared.suggested).toBe(false);
    expect(shared.summary).toMatch(/at-risk and dormant/);
  });
});
