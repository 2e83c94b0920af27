import { createRoute, z } from '@hono/zod-openapi';
import type { Role } from '#domain/roles';
import { CreateProposalInput, Proposal, ProposalQuery, UpdateProposalInput } from '#domain/schemas/segments';
import { authorize, requireUser } from '#server/auth/policy';
import { actorOf } from '#server/http/actor';
import type { Principal } from '#server/http/env';
import { jsonBody, jsonResponse } from '#server/http/json';
import { errorResponses, router } from '#server/http/router';
import type { Viewer } from './proposals.present';
import { createProposal, editProposal, getProposal, listProposals, withdrawProposal } from './proposals.service';

const tags = ['Change proposals'];
export const IdParam = z.object({ id: z.uuid('Not a proposal id') });

export const viewerOf = (p: Principal | null): Viewer =>
  p?.kind === 'user' ? { id: p.userId, roles: p.roles as Role[] } : null;

const listRoute = createRoute({
  method: 'get',
  path: '/proposals',
  tags,
  summary: 'Segment change proposals, newest first, by status and segment',
  request: { query: ProposalQuery },
  responses: { 200: jsonResponse(z.object({ items: z.array(Proposal) }), 'Proposals'), ...errorResponses },
});

const getRoute = createRoute({
  method: 'get',
  path: '/proposals/{id}',
  tags,
  summary: 'A proposal with its base version’s definition for the diff, and whether you may decide it',
  request: { params: IdParam },
  responses: { 200: jsonResponse(Proposal, 'Proposal'), 404: { description: 'No such proposal' }, ...errorResponses },
});

const createProposalRoute = createRoute({
  method: 'post',
  path: '/proposals',
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
    const principal = c.get('principal');
    authorize(principal, 'proposals.read');
    return c.json({ items: await listProposals(c.get('deps').db, c.req.valid('query'), viewerOf(principal)) }, 200);
  })
  .openapi(getRoute, async (c) => {
    const principal = c.get('principal');
    authorize(principal, 'proposals.read');
    return c.json(await getProposal(c.get('deps').db, c.req.valid('param').id, viewerOf(principal)), 200);
  })
  .openapi(createProposalRoute, async (c) => {
    const principal = c.get('principal');
    authorize(principal, 'proposals.create');
    requireUser(principal);
    const deps = c.get('deps');
    const input = c.req.valid('json');
    const created = await deps.db.transaction((tx) => createProposal(tx, deps, actorOf(principal), input));
    return c.json(created, 201);
  })
  .openapi(editRoute, async (c) => {
    const principal = c.get('principal');
    authorize(principal, 'proposals.create');
    requireUser(principal);
    const { id } = c.req.valid('param');
    return c.json(
      await editProposal(c.get('deps'), actorOf(principal), id, c.req.valid('json'), viewerOf(principal)),
      200,
    );
  })
  .openapi(withdrawRoute, async (c) => {
    const principal = c.get('principal');
    requireUser(principal);
    const { id } = c.req.valid('param');
    return c.json(await withdrawProposal(c.get('deps'), actorOf(principal), id, viewerOf(principal)), 200);
  });
