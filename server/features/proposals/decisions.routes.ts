import { createRoute, z } from '@hono/zod-openapi';
import { FollowUpImpact, FollowUpRecorded, RecordFollowUpInput } from '#domain/schemas/follow-ups';
import { ApproveInput, ApproveResult, FollowUp, FollowUpQuery, Proposal, RejectInput } from '#domain/schemas/segments';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { approveProposal, rejectProposal } from './decisions.service';
import { followUpImpact, listFollowUps, recordFollowUp } from './follow-ups.service';
import { IdParam } from './proposals.routes';

const tags = ['Change proposals'];
const notFound = { 404: { description: 'No such proposal' } };

const approveRoute = createRoute({
  method: 'post',
  path: '/proposals/{id}/approve',
  ...guard('proposals.decide', { person: true }),
  tags,
  summary: 'Approve: creates the new version and re-evaluates every contact, atomically',
  description:
    'The owner approves; when the owner proposed, an operations user. Nobody approves their own (403 `self_approval`). ' +
    'Send the `revision` you reviewed: an edit since then fails with 409 `proposal_changed`.',
  request: { params: IdParam, ...jsonBody(ApproveInput) },
  responses: {
    200: jsonResponse(ApproveResult, 'Approved'),
    ...notFound,
    409: { description: '`not_open`, `stale_base_version`, `proposal_changed` or `segment_exists`' },
    ...errorResponses,
  },
});

const rejectRoute = createRoute({
  method: 'post',
  path: '/proposals/{id}/reject',
  ...guard('proposals.decide', { person: true }),
  tags,
  summary: 'Reject with a rationale (same deciders as approval)',
  request: { params: IdParam, ...jsonBody(RejectInput) },
  responses: {
    200: jsonResponse(Proposal, 'Rejected'),
    ...notFound,
    409: { description: '`not_open`' },
    ...errorResponses,
  },
});

const followUpsRoute = createRoute({
  method: 'get',
  path: '/follow-ups',
  ...guard('proposals.read'),
  tags,
  summary: 'Approved changes and their follow-ups; due=true: due today or earlier with no outcome yet',
  request: { query: FollowUpQuery },
  responses: { 200: jsonResponse(z.object({ items: z.array(FollowUp) }), 'Follow-ups'), ...errorResponses },
});

const impactRoute = createRoute({
  method: 'get',
  path: '/proposals/{id}/follow-up',
  tags,
  summary:
    'An approved change’s follow-up: its segment’s figures before and after at 7, 30 and 90 days, and the outcomes',
  ...guard('proposals.read'),
  request: { params: IdParam },
  responses: {
    200: jsonResponse(FollowUpImpact, 'The follow-up'),
    ...notFound,
    409: { description: '`not_approved`' },
    ...errorResponses,
  },
});

const recordRoute = createRoute({
  method: 'post',
  path: '/proposals/{id}/follow-up',
  ...guard('followups.record', { person: true }),
  tags,
  summary: 'Record kept, adjust or revert at a reached checkpoint (owner)',
  description:
    '`revert` opens the proposal that undoes the change; `adjust` answers a prefilled proposal to start from. ' +
    'Recording the 30-day checkpoint also fills the proposal’s `followUpOutcome`.',
  request: { params: IdParam, ...jsonBody(RecordFollowUpInput) },
  responses: {
    200: jsonResponse(FollowUpRecorded, 'Recorded'),
    ...notFound,
    409: {
      description:
        '`not_approved`, `checkpoint_not_reached`, `follow_up_recorded`, or a refusal of the revert proposal',
    },
    ...errorResponses,
  },
});

export const decisionsRoutes = router()
  .openapi(approveRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await approveProposal(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }), 200);
  })
  .openapi(rejectRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await rejectProposal(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }), 200);
  })
  .openapi(followUpsRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json({ items: await listFollowUps(c.get('db'), actor, c.req.valid('query')) }, 200);
  })
  .openapi(impactRoute, async (c) => {
    return c.json(await followUpImpact(c.get('db'), requireActor(c.get('actor')), c.req.valid('param')), 200);
  })
  .openapi(recordRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await recordFollowUp(c.get('db'), requireUser(c.get('actor')), input), 200);
  });
