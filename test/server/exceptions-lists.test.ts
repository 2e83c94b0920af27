import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { file, logicReview, withdrawal } from './exception-helpers';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';

let t: TestApp;
let mia: Client;
let dana: Client;
let withdrawnId: string;
let reviewId: string;
beforeAll(async () => {
  t = await createTestApp('2026-11-23T10:00:00Z');
  mia = await t.as(DEMO.marketer);
  dana = await t.as(DEMO.owner);
  withdrawnId = (await file(mia, withdrawal({ riskStatement: 'This would push them while they still evaluate.' }))).id;
  reviewId = (await file(mia, (await logicReview(mia, 'dormant')).body)).id;
});
afterAll(() => t.close());

const ids = async (client: Client, query: string) =>
  ((await (await client.get(`/api/exceptions${query}`)).json()).items as { id: string }[]).map((e) => e.id);

describe('exception lists, filters and the owner’s count', () => {
  it('lists every filed request for every role, filterable by outcome, segment and month', async () => {
    const vera = await t.as(DEMO.viewer);
    expect(await ids(vera, '')).toEqual(expect.arrayContaining([withdrawnId, reviewId]));
    // The demo workspace has a few withdrawn requests of its own, months apart.
    expect((await ids(vera, '?status=withdrawn')).length).toBeGreaterThan(1);
    expect(await ids(vera, '?status=withdrawn')).toContain(withdrawnId);
    expect(await ids(vera, '?status=withdrawn')).not.toContain(reviewId);
    expect(await ids(vera, '?status=logic_review')).toEqual([reviewId]);
    expect(await ids(vera, '?segment=dormant')).toEqual([reviewId]);
    expect(await ids(vera, '?month=2026-11')).toEqual(expect.arrayContaining([withdrawnId, reviewId]));
    const october = await ids(vera, '?month=2026-10');
    expect(october).not.toContain(withdrawnId);
    expect(october).not.toContain(reviewId);
    const nicks = await ids(await t.as(DEMO.newHire), '?mine=true');
    expect(nicks).not.toContain(withdrawnId);
    expect(nicks).not.toContain(reviewId);
  });

  it('refuses bad filters with the field named', async () => {
    for (const [query, field] of [
      ['?month=2026-13', 'month'],
      ['?status=sent_once', 'status'],
      ['?segment=Bad%20Key', 'segment'],
    ]) {
      const res = await dana.get(`/api/exceptions${query}`);
      expect(res.status).toBe(422);
      expect((await res.json()).issues[0].path).toEqual([field]);
    }
    expect((await dana.get('/api/exceptions?sendOnce=true')).status).toBe(422);
    expect((await dana.get('/api/exceptions/not-an-id')).status).toBe(422);
    expect((await dana.get('/api/exceptions/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('counts open logic reviews for the owner’s home until they are decided', async () => {
    const before = (await (await dana.get('/api/exceptions/summary')).json()).openLogicReviews;
    const created = await file(mia, (await logicReview(mia, 'new-lead')).body);
    expect((await (await dana.get('/api/exceptions/summary')).json()).openLogicReviews).toBe(before + 1);
    await dana.post(`/api/proposals/${created.proposalId}/approve`, { revision: 1 });
    expect((await (await dana.get('/api/exceptions/summary')).json()).openLogicReviews).toBe(before);
    expect(await ids(dana, '?status=approved')).toContain(created.id);
  });

  it('re-lints the risk statement and the rationale, storing the findings', async () => {
    const { body } = await logicReview(mia, 'active-customer');
    const created = await file(mia, {
      ...body,
      riskStatement: 'These are warm leads and we should push them now, before they go.',
      proposal: { ...body.proposal, rationale: 'They are hot prospects: the warm lead score says they are ready.' },
    });
    expect((await (await mia.get(`/api/exceptions/${created.id}`)).json()).riskFindings).toBe(2);
    const rows = async (query: string) =>
      ((await t.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
    const recorded = await rows(
      `SELECT field, sum(count)::int AS n FROM language_findings WHERE source_id IN ('${created.id}', '${created.proposalId}') GROUP BY field ORDER BY field`,
    );
    expect(recorded).toEqual([
      { field: 'exception.risk', n: 2 },
      { field: 'proposal.rationale', n: 2 },
    ]);
    const [proposal] = await rows(`SELECT rationale_findings FROM change_proposals WHERE id = '${created.proposalId}'`);
    expect(proposal?.rationale_findings).toBe(2);
  });
});
