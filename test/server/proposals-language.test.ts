import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from './harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('retired language in proposal rationales', () => {
  it('is counted with the text and in the usage trend, and never blocks the proposal', async () => {
    const ops = await t.as(DEMO.ops);
    const segment = await (await ops.get('/api/segments/new-lead')).json();
    const { current } = segment;
    const definition = {
      name: current.name,
      description: current.description,
      criteria: current.criteria,
      priority: current.priority + 1,
      pause: current.pause,
      approval: current.approval,
      transitions: current.transitions,
      expectedDwellDays: current.expectedDwellDays,
    };
    const before = await (await ops.get('/api/glossary/usage?months=1')).json();
    const created = await ops.post('/api/proposals', {
      kind: 'update',
      segmentKey: 'new-lead',
      baseVersion: current.version,
      definition,
      rationale: 'These warm leads need a push: wake them up before the quarter ends.',
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const proposal = await (await ops.get(`/api/proposals/${id}`)).json();
    expect(proposal.rationaleFindings).toBe(2);
    const after = await (await ops.get('/api/glossary/usage?months=1')).json();
    const total = (u: { items: { count: number }[] }) => u.items.reduce((n, i) => n + i.count, 0);
    expect(total(after) - total(before)).toBe(2);

    const edited = await ops.patch(`/api/proposals/${id}`, { rationale: 'Readiness observed in the current segment.' });
    expect(edited.status).toBe(200);
    expect((await edited.json()).rationaleFindings).toBe(0);
  });
});
