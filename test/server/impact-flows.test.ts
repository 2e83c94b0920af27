import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '#server/db/rows';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { current, newDefinition, RATIONALE } from './proposal-helpers';

/**
 * Where contacts go before the owner approves (the flows of an impact preview), and what the
 * approval did, kept on the proposal.
 */

let t: TestApp;
let mia: Client;
beforeAll(async () => {
  t = await createTestApp();
  mia = await t.as(DEMO.marketer);
});
afterAll(() => t.close());

type Flow = { from: string | null; to: string | null; toName: string | null; count: number; allowed: boolean };

describe('where contacts go', () => {
  it('lists every move out of a narrowed segment, adding up to who leaves, with disallowed moves flagged', async () => {
    const { definition } = await current(mia, 'at-risk');
    // Nobody matches any more, and the proposed version allows only dormant as a next segment.
    const proposed = { ...definition, criteria: { any: [] }, transitions: ['dormant'] };
    const impact = await (
      await mia.post('/api/segments/impact', { segmentKey: 'at-risk', definition: proposed })
    ).json();
    expect(impact.leave).toBeGreaterThan(0);
    const out: Flow[] = impact.flows.filter((f: Flow) => f.from === 'at-risk');
    expect(out.reduce((sum, f) => sum + f.count, 0)).toBe(impact.leave);
    expect(out.map((f) => [f.to, f.allowed])).toContainEqual(['active-customer', false]);
    expect(out.every((f) => f.allowed === (f.to === null || f.to === 'dormant'))).toBe(true);
    expect(out.find((f) => f.to === 'active-customer')?.toName).toBe('Active customer');
    const counts = impact.flows.map((f: Flow) => f.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('does not flag moves the segment left allows', async () => {
    const { definition } = await current(mia, 'at-risk');
    const proposed = { ...definition, criteria: { any: [] } };
    const impact = await (
      await mia.post('/api/segments/impact', { segmentKey: 'at-risk', definition: proposed })
    ).json();
    const out = (impact.flows as Flow[]).filter((f) => f.from === 'at-risk' && f.to);
    expect(out.length).toBeGreaterThan(0);
    for (const f of out) expect(f.allowed).toBe(definition.transitions.includes(f.to ?? ''));
  });
});

describe('the impact kept on an approved proposal', () => {
  it('is what the preview said just before, and what membership became; open proposals have none', async () => {
    const ops = await t.as(DEMO.ops);
    const { version, definition } = await current(ops, 'at-risk');
    const proposed = { ...definition, priority: 1, transitions: ['active-customer'] };
    const created = await ops.post('/api/proposals', {
      kind: 'update',
      segmentKey: 'at-risk',
      baseVersion: version,
      definition: proposed,
      rationale: RATIONALE,
    });
    const { id } = await created.json();
    expect((await (await ops.get(`/api/proposals/${id}`)).json()).impactAtApproval).toBeNull();
    const preview = await (
      await ops.post('/api/segments/impact', { segmentKey: 'at-risk', definition: proposed })
    ).json();
    expect(preview.enter).toBeGreaterThan(0);

    expect((await (await t.as(DEMO.owner)).post(`/api/proposals/${id}/approve`, { revision: 1 })).status).toBe(200);
    const approved = await (await ops.get(`/api/proposals/${id}`)).json();
    expect(approved.impactAtApproval).toEqual(preview);
    expect((await (await ops.get('/api/segments/at-risk')).json()).memberCount).toBe(preview.membersAfter);
    // Kept as it was: later changes to membership do not rewrite it.
    const again = await (await ops.get(`/api/proposals/${id}`)).json();
    expect(again.impactAtApproval).toEqual(approved.impactAtApproval);
  });

  // The approval counts its impact from its own re-evaluation after the freshness pass, not from a
  // second evaluation (docs/decisions/023-approval-without-parsing.md): whatever the change, it
  // must still be what the preview says at the same instant, with time edges passed since the
  // contacts were last placed.
  const cases = [
    {
      name: 'a changed definition',
      proposal: async (ops: Client) => {
        const { version, definition } = await current(ops, 'at-risk');
        const criteria = { all: [{ attr: 'last_seen_at', op: 'older_than_days', value: 20 }] };
        return { kind: 'update', segmentKey: 'at-risk', baseVersion: version, definition: { ...definition, criteria } };
      },
    },
    {
      name: 'a retirement',
      proposal: async (ops: Client) => {
        const { version, definition } = await current(ops, 'dormant');
        return { kind: 'retire', segmentKey: 'dormant', baseVersion: version, definition };
      },
    },
    {
      name: 'a new segment',
      proposal: async () => ({
        kind: 'create',
        segmentKey: 'seen-lately',
        baseVersion: undefined,
        definition: newDefinition({
          name: 'Seen lately',
          criteria: { attr: 'last_seen_at', op: 'within_days', value: 45 },
          priority: 1,
        }),
      }),
    },
  ];
  for (const c of cases) {
    it(`is the preview at the approval's instant for ${c.name}, after time edges have passed`, async () => {
      const fresh = await createTestApp();
      try {
        fresh.clock.advance(40 * 86_400_000);
        const ops = await fresh.as(DEMO.ops);
        const { kind, segmentKey, baseVersion, definition } = await c.proposal(ops);
        const created = await ops.post('/api/proposals', {
          kind,
          segmentKey,
          baseVersion,
          definition,
          rationale: RATIONALE,
        });
        expect([created.status, created.status === 201 ? '' : await created.text()]).toEqual([201, '']);
        const { id } = await created.json();
        const previewed = kind === 'retire' ? { ...definition, criteria: { any: [] } } : definition;
        const preview = await (await ops.post('/api/segments/impact', { segmentKey, definition: previewed })).json();
        // Contacts whose edges passed are still stored where they were: the approval's pass moves them first.
        const due = await fresh.db.execute(
          sql`SELECT count(*)::int AS n FROM contacts WHERE fresh_until <= ${fresh.clock.now().toISOString()}::timestamptz`,
        );
        expect(rowsOf<{ n: number }>(due)[0]?.n).toBeGreaterThan(0);
        const res = await (await fresh.as(DEMO.owner)).post(`/api/proposals/${id}/approve`, { revision: 1 });
        expect(res.status).toBe(200);
        const approved = await (await ops.get(`/api/proposals/${id}`)).json();
        expect(approved.impactAtApproval).toEqual(preview);
        expect(preview.total).toBeGreaterThan(0);
        expect(preview.enter + preview.leave).toBeGreaterThan(0);
      } finally {
        await fresh.close();
      }
    });
  }
});
