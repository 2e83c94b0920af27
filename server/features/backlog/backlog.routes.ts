import { createRoute, z } from '@hono/zod-openapi';
import {
  BacklogIdParam,
  BacklogItem,
  BacklogList,
  BacklogOrderInput,
  BacklogQuery,
  CreateBacklogItemInput,
  OpenBacklogProposalInput,
  UpdateBacklogItemInput,
} from '#domain/schemas/backlog';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { fileBacklogItem, getBacklogItem, listBacklog, updateBacklogItem } from './backlog.service';
import { openProposalFromItem, reorderBacklog } from './backlog-status.service';

const tags = ['Backlog'];

const listRoute = createRoute({
  method: 'get',
  path: '/backlog',
  tags,
  summary: 'The change backlog: open items in the suggested order, with the owner’s order beside it',
  ...guard('backlog.read'),
  request: { query: BacklogQuery },
  responses: { 200: jsonResponse(BacklogList, 'The backlog'), ...errorResponses },
});

const getRoute = createRoute({
  method: 'get',
  path: '/backlog/{id}',
  tags,
  summary: 'One backlog item',
  ...guard('backlog.read'),
  request: { params: BacklogIdParam },
  responses: { 200: jsonResponse(BacklogItem, 'The item'), 404: { description: 'No such item' }, ...errorResponses },
});

const fileRoute = createRoute({
  method: 'post',
  path: '/backlog',
  tags,
  summary: 'File a change request or initiative into the backlog’s intake (owner, operations, marketer)',
  description: 'Audited as `backlog.filed`. Title and goal are prose, linted as they are saved.',
  ...guard('backlog.file', { person: true }),
  request: jsonBody(CreateBacklogItemInput),
  responses: { 201: jsonResponse(BacklogItem, 'Filed'), ...errorResponses },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/backlog/{id}',
  tags,
  summary: 'Edit an item, or rank or decline it (the owner; declining needs a rationale)',
  description:
    'The requester edits their own item in intake; the owner edits items in intake or ranked. `status` moves it: ' +
    '`ranked` from intake, `declined` (with `rationale`) from intake or ranked.',
  ...guard('backlog.file', { person: true }),
  request: { params: BacklogIdParam, ...jsonBody(UpdateBacklogItemInput) },
  responses: {
    200: jsonResponse(BacklogItem, 'Updated'),
    404: { description: 'No such item' },
    409: { description: '`illegal_transition`, or `moved_by_proposal` for a move only a proposal makes' },
    ...errorResponses,
  },
});

const orderRoute = createRoute({
  method: 'post',
  path: '/backlog/order',
  tags,
  summary: 'Set the owner’s order of the ranked items (owner)',
  description: 'Names every ranked item and every item in a proposal once. Audited as `backlog.reordered`.',
  ...guard('backlog.rank', { person: true }),
  request: jsonBody(BacklogOrderInput),
  responses: {
    200: jsonResponse(BacklogList, 'The reordered backlog'),
    409: { description: '`stale_order`: the order changed since the version sent' },
    ...errorResponses,
  },
});

const proposalRoute = createRoute({
  method: 'post',
  path: '/backlog/{id}/proposal',
  tags,
  summary: 'Open a segment proposal from a ranked item (owner, operations)',
  description: 'The proposal links back to the item; the item moves to `in_proposal`. Approval makes it done.',
  ...guard('proposals.create', { person: true }),
  request: { params: BacklogIdParam, ...jsonBody(OpenBacklogProposalInput) },
  responses: {
    201: jsonResponse(z.object({ proposalId: z.string() }), 'Opened'),
    404: { description: 'No such item or segment' },
    409: { description: '`illegal_transition`, or the proposal’s own conflicts' },
    ...errorResponses,
  },
});

// Each route's guard checks its permission before the request is validated.
export const backlogRoutes = router()
  .openapi(listRoute, async (c) => {
    return c.json(await listBacklog(c.get('db'), requireActor(c.get('actor')), c.req.valid('query')), 200);
  })
  .openapi(orderRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    await reorderBacklog(c.get('db'), actor, c.req.valid('json'));
    return c.json(await listBacklog(c.get('db'), actor), 200);
  })
  .openapi(getRoute, async (c) => {
    return c.json(await getBacklogItem(c.get('db'), requireActor(c.get('actor')), c.req.valid('param')), 200);
  })
  .openapi(fileRoute, async (c) => {
    return c.json(await fileBacklogItem(c.get('db'), requireUser(c.get('actor')), c.req.valid('json')), 201);
  })
  .openapi(updateRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await updateBacklogItem(c.get('db'), requireUser(c.get('actor')), input), 200);
  })
  .openapi(proposalRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await openProposalFromItem(c.get('db'), requireUser(c.get('actor')), input), 201);
  });
