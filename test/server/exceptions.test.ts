import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE, file, logicReview, RISK, withdrawal } from './exception-helpers';
import { type Client, createTestApp, DEMO, type TestApp } from './harness';
import { current } from './proposal-helpers';

let t: TestApp;
let mia: Client;
let dana: Client;
beforeAll(async () => {
  t = await createTestApp();
  mia = await t.as(DEMO.marketer);
  dana = await t.as(DEMO.owner);
});
afterAll(() => t.close());

describe('exceptions: the two protocol paths', () => {
  it('withdraws: the request closes as withdrawn, with nothing proposed and an audit entry', async () => {
    const created = await file(mia, withdrawal());
    expect(created).toEqual({ id: expect.any(String), outcome: 'withdrawn' });
    const detail = await (await mia.get(`/api/exceptions/${created.id}`)).json();
    expect(detail).toMatchObject({
      outcome: 'withdrawn',
      segmentKey: 'evaluation',
      segmentName: 'Evaluation',
      riskCategory: 'increases_hesitation',
      riskStatement: RISK,
      protocol: 'withdraw',
      proposalId: null,
      requester: { name: 'Mia Lindqvist' },
    });
    expect(detail.timeline.map((e: { kind: string }) => e.kind)).toEqual(['filed', 'withdrawn']);
    const audit = await (await dana.get(`/api/audit?target=${created.id}`)).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toContain('exceptions.withdrawn');
  });

  it('opens a logic review: an update proposal on the current version, proposed by the requester, linked back', async () => {
    const { version, body } = await logicReview(mia);
    const created = await file(mia, body);
    expect(created).toEqual({ id: expect.any(String), outcome: 'logic_review', proposalId: expect.any(String) });
    const proposal = await (await dana.get(`/api/proposals/${created.proposalId}`)).json();
    expect(proposal).toMatchObject({
      kind: 'update',
      segmentKey: 'evaluation',
      baseVersion: version,
      status: 'open',
      rationale: EVIDENCE,
      exceptionId: created.id,
      proposer: { name: 'Mia Lindqvist' },
    });
    const detail = await (await dana.get(`/api/exceptions/${created.id}`)).json();
    expect(detail).toMatchObject({ outcome: 'logic_review', segmentVersion: version, rationale: EVIDENCE });
    expect(detail.timeline.map((e: { kind: string }) => e.kind)).toEqual(['filed', 'logic_review']);
    const audit = await (await dana.get('/api/audit?action=proposals.created')).json();
    expect(audit.items.some((e: { targetId: string }) => e.targetId === created.proposalId)).toBe(true);
  });

  it('shows the owner’s decision in the timeline: approved with the new version, or rejected with the reason', async () => {
    const approved = await file(mia, (await logicReview(mia, 'dormant')).body);
    const res = await dana.post(`/api/proposals/${approved.proposalId}/approve`, { revision: 1 });
    expect(res.status).toBe(200);
    const after = await current(mia, 'dormant');
    let detail = await (await mia.get(`/api/exceptions/${approved.id}`)).json();
    expect(detail.outcome).toBe('approved');
    expect(detail.timeline.at(-1)).toMatchObject({
      kind: 'approved',
      version: after.version,
      actor: { name: 'Dana Reyes' },
    });

    const rejected = await file(mia, (await logicReview(mia, 'new-lead')).body);
    const why = 'New leads need ten days of observation first; the evidence covers three.';
    expect((await dana.post(`/api/proposals/${rejected.proposalId}/reject`, { rationale: why })).status).toBe(200);
    detail = await (await mia.get(`/api/exceptions/${rejected.id}`)).json();
    expect(detail.outcome).toBe('rejected');
    expect(detail.timeline.at(-1)).toMatchObject({ kind: 'rejected', note: why, actor: { name: 'Dana Reyes' } });
  });

  it('does not let the marketer approve the proposal her request opened (403)', async () => {
    const created = await file(mia, (await logicReview(mia, 'active-customer')).body);
    const res = await mia.post(`/api/proposals/${created.proposalId}/approve`, { revision: 1 });
    expect(res.status).toBe(403);
    const proposal = await (await mia.get(`/api/proposals/${created.proposalId}`)).json();
    expect(proposal.status).toBe('open');
  });

  it('ties the proposal to the version it was based on: approving after another change is 409 stale_base_version', async () => {
    const first = await file(mia, (await logicReview(mia, 'at-risk')).body);
    const second = await file(
      mia,
      (await logicReview(mia, 'at-risk', (d) => ({ ...d, description: `${d.description} Reviewed.` }))).body,
    );
    expect((await dana.post(`/api/proposals/${first.proposalId}/approve`, { revision: 1 })).status).toBe(200);
    const res = await dana.post(`/api/proposals/${second.proposalId}/approve`, { revision: 1 });
    expect(res.status).toBe(409);
    expect((await res.json()).code).toBe('stale_base_version');
  });
});

describe('exceptions: there is no send-once path', () => {
  it('refuses sendOnce, override or any unknown key with 422 naming it, and files nothing', async () => {
    const before = (await (await mia.get('/api/exceptions?mine=true')).json()).items.length;
    for (const extra of [{ sendOnce: true }, { override: true }, { bypass: 'please' }]) {
      const res = await mia.post('/api/exceptions', withdrawal(extra));
      expect(res.status).toBe(422);
      const body = await res.json();
      const key = Object.keys(extra)[0];
      expect(body.issues).toContainEqual({ path: [], message: `Unknown field: ${key}` });
      expect(body.message).toContain(`Unknown field: ${key}`);
    }
    const nested = await mia.post('/api/exceptions', {
      ...(await logicReview(mia)).body,
      proposal: { ...(await logicReview(mia)).body.proposal, sendOnce: true },
    });
    expect(nested.status).toBe(422);
    expect((await mia.get('/api/exceptions?mine=true').then((r) => r.json())).items).toHaveLength(before);
  });

  it('names each invalid field with a message people can act on', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ riskStatement: 'too short' }, 'riskStatement', 'Describe the risk in at least 20 characters'],
      [{ riskStatement: 'x'.repeat(1001) }, 'riskStatement', 'Keep it under 1,000 characters'],
      [{ riskCategory: 'impatience' }, 'riskCategory', ''],
      [{ segmentKey: 'Not A Key' }, 'segmentKey', 'Use lowercase words joined by hyphens, e.g. at-risk'],
      [{ protocol: 'send_once' }, 'protocol', ''],
      [{ protocol: 'logic_review' }, 'proposal', 'A logic review needs the proposed change'],
      [{ segmentKey: 'no-such-segment' }, 'segmentKey', 'There is no segment "no-such-segment"'],
      [{ campaignId: '00000000-0000-4000-8000-000000000000' }, 'campaignId', 'There is no such campaign'],
    ];
    for (const [patch, path, message] of cases) {
      const res = await mia.post('/api/exceptions', withdrawal(patch));
      expect(res.status, path).toBe(422);
      const issue = (await res.json()).issues.find((i: { path: string[] }) => i.path[0] === path);
      expect(issue, path).toBeDefined();
      if (message) expect(issue.message).toBe(message);
    }
    const short = (await logicReview(mia)).body;
    const res = await mia.post('/api/exceptions', { ...short, proposal: { ...short.proposal, rationale: 'ready' } });
    expect((await res.json()).issues).toContainEqual({
      path: ['proposal', 'rationale'],
      message: 'Give the evidence of readiness in at least 20 characters',
    });
  });

  it('refuses a logic review that changes nothing, and files nothing when the proposal is refused', async () => {
    const before = (await (await mia.get('/api/exceptions?mine=true')).json()).items.length;
    const same = await mia.post('/api/exceptions', (await logicReview(mia, 'evaluation', (d) => d)).body);
    expect(same.status).toBe(422);
    expect((await same.json()).issues[0].path).toEqual(['proposal', 'definition']);
    const badMove = (await logicReview(mia, 'evaluation', (d) => ({ ...d, transitions: ['nowhere'] }))).body;
    const res = await mia.post('/api/exceptions', badMove);
    expect(res.status).toBe(422);
    expect((await res.json()).issues[0].path).toEqual(['proposal', 'definition', 'transitions', 0]);
    expect((await (await mia.get('/api/exceptions?mine=true')).json()).items).toHaveLength(before);
  });

  it('lets marketers, operations and the owner file, and nobody else', async () => {
    expect((await (await t.as(DEMO.viewer)).post('/api/exceptions', withdrawal())).status).toBe(403);
    expect((await t.anonymous.post('/api/exceptions', withdrawal())).status).toBe(401);
    expect((await (await t.as(DEMO.ops)).post('/api/exceptions', withdrawal())).status).toBe(201);
  });
});

describe('exceptions: idempotency', () => {
  it('answers a retry with the same key with the first result and creates nothing new', async () => {
    const { body } = await logicReview(mia, 'evaluation', (d) => ({ ...d, priority: d.priority + 7 }));
    const headers = { 'idempotency-key': 'retry-test-1' };
    const first = await mia.post('/api/exceptions', body, { headers });
    const again = await mia.post('/api/exceptions', body, { headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    const firstBody = await first.json();
    expect(await again.json()).toEqual(firstBody);
    const mine = (await (await mia.get('/api/exceptions?mine=true')).json()).items;
    expect(mine.filter((e: { id: string }) => e.id === firstBody.id)).toHaveLength(1);
    const open = (await (await dana.get('/api/proposals?segment=evaluation')).json()).items;
    expect(open.filter((p: { exceptionId: string }) => p.exceptionId === firstBody.id)).toHaveLength(1);
  });

  it('refuses the same key for a different request (409), and keys belong to one requester', async () => {
    const headers = { 'idempotency-key': 'retry-test-2' };
    await file(mia, withdrawal(), headers);
    const other = await mia.post('/api/exceptions', withdrawal({ riskCategory: 'erodes_trust' }), { headers });
    expect(other.status).toBe(409);
    expect((await other.json()).code).toBe('idempotency_key_reused');
    const nick = await t.as(DEMO.newHire);
    expect((await nick.post('/api/exceptions', withdrawal(), { headers })).status).toBe(201);
  });

  it('refuses the same key for a different proposed change, and leaves the first proposal as it was', async () => {
    // Otherwise the requester reads 201 for logic nobody proposed: the first proposal stands unseen.
    const headers = { 'idempotency-key': 'retry-test-3' };
    const { body } = await logicReview(mia, 'evaluation', (d) => ({ ...d, priority: d.priority + 8 }));
    const first = await file(mia, body, headers);
    const before = await (await dana.get(`/api/proposals/${first.proposalId}`)).json();
    const changed = {
      ...body,
      proposal: { ...body.proposal, definition: { ...body.proposal.definition, priority: 99 } },
    };
    const other = await mia.post('/api/exceptions', changed, { headers });
    expect(other.status).toBe(409);
    expect((await other.json()).code).toBe('idempotency_key_reused');
    const reasoned = { ...body, proposal: { ...body.proposal, rationale: `${body.proposal.rationale} Also more.` } };
    expect((await mia.post('/api/exceptions', reasoned, { headers })).status).toBe(409);
    expect(await (await dana.get(`/api/proposals/${first.proposalId}`)).json()).toEqual(before);
    expect((await mia.post('/api/exceptions', body, { headers })).status).toBe(201);
  });
});
