import { createRoute, z } from '@hono/zod-openapi';
import { CreateProposalInput, Proposal, ProposalQuery, UpdateProposalInput } from '#domain/schemas/segments';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard, personGuard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { createProposal, editProposal, getProposal, listProposals, withdrawProposal } from './proposals.service';

const tags = ['Change proposals'];
export const IdParam = z.object({ id: z.uuid('Not a proposal id') });

const listRoute = createRoute({
  method: 'get',
  path: '/proposals',
  ...guard('proposals.read'),
  tags,
  summary: 'Segment change proposals, newest first, by status and segment',
  request: { query: ProposalQuery },
  responses: { 200: jsonResponse(z.object({ items: z.array(Proposal) }), 'Proposals'), ...errorResponses },
});

const getRoute = createRoute({
  method: 'get',
  path: '/proposals/{id}',
  ...guard('proposals.read'),
  tags,
  summary: 'A proposal with its base version’s definition for the diff, and whether you may decide it',
  request: { params: IdParam },
  responses: { 200: jsonResponse(Proposal, 'Proposal'), 404: { description: 'No such proposal' }, ...errorResponses },
});

const createProposalRoute = createRoute({
  method: 'post',
  path: '/proposals',
  ...guard('proposals.create', { person: true }),
  tags,
  summary: 'Propose a new segment, a new version of one, or its retirement (owner, operations)',
  request: jsonBody(CreateProposalInput),
  responses: {
    201: jsonResponse(z.object({ id: z.string(), status: z.literal('open') }), 'Opened'),
    404: { description: 'No such segment (update, retire)' },
    409: { description: '`segment_exists`, `stale_base_version` or `already_retired`' },
    ...errorResponses,
  },
});

const editRoute = createRoute({
  method: 'patch',
  path: '/proposals/{id}',
  ...guard('proposals.create', { person: true }),
  tags,
  summary: 'Edit your open proposal; every edit bumps its revision and resets its review',
  request: { params: IdParam, ...jsonBody(UpdateProposalInput) },
  responses: {
    200: jsonResponse(Proposal, 'Edited'),
    404: { description: 'No such proposal' },
    409: { description: '`not_open` or `stale_base_version`' },
    ...errorResponses,
  },
});

const withdrawRoute = createRoute({
  method: 'post',
  path: '/proposals/{id}/withdraw',
  ...personGuard,
  tags,
  summary: 'Withdraw your open proposal',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(Proposal, 'Withdrawn'),
    404: { description: 'No such proposal' },
    409: { description: '`not_open`' },
    ...errorResponses,
  },
});

export const proposalsRoutes = router()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json({ items: await listProposals(c.get('db'), actor, c.req.valid('query')) }, 200);
  })
  .openapi(getRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await getProposal(c.get('db'), actor, c.req.valid('param')), 200);
  })
  .openapi(createProposalRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await createProposal(c.get('db'), actor, c.req.valid('json')), 201);
  })
  .openapi(editRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await editProposal(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }), 200);
  })
  .openapi(withdrawRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await withdrawProposal(c.get('db'), actor, c.req.valid('param')), 200);
  });
