import { createRoute, z } from '@hono/zod-openapi';
import { OwnerSummary } from '#domain/schemas/session';
import { CreateUserInput, UpdateUserInput, User } from '#domain/schemas/users';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { createUser, getOwner, listUsers, updateUser } from './users.service';

const tags = ['People'];
const IdParam = z.object({ id: z.uuid('Not a user id') });

const listRoute = createRoute({
  method: 'get',
  path: '/users',
  ...guard('users.read'),
  tags,
  summary: 'Everyone in the workspace, with roles and start dates',
  responses: { 200: jsonResponse(z.object({ items: z.array(User) }), 'Users'), ...errorResponses },
});

const createUserRoute = createRoute({
  method: 'post',
  path: '/users',
  ...guard('users.manage'),
  tags,
  summary:
    'Add a person (admin). Owner, operations or admin, and a start date before today, wait for a second person (`pendingRoles`, `pendingStartedAt`).',
  request: jsonBody(CreateUserInput),
  responses: {
    201: jsonResponse(User, 'Created'),
    409: { description: '`separation_of_duties` or `email_taken`' },
    ...errorResponses,
  },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/users/{id}',
  ...guard('users.manage'),
  tags,
  summary:
    'Change a person’s name, team, start date, roles or active state (admin). Granting owner (a handover), operations or admin, reactivating someone who holds one, or an earlier start date waits for a second person.',
  request: { params: IdParam, ...jsonBody(UpdateUserInput) },
  responses: {
    200: jsonResponse(User, 'Updated'),
    404: { description: 'No such user' },
    409: { description: '`separation_of_duties`, `owner_required` or `cannot_deactivate_self`' },
    ...errorResponses,
  },
});

const ownerRoute = createRoute({
  method: 'get',
  path: '/workspace/owner',
  ...guard('workspace.read'),
  tags: ['Workspace'],
  summary: 'The named segmentation owner',
  responses: { 200: jsonResponse(OwnerSummary, 'The one active owner, or null when none is assigned') },
});

export const usersRoutes = router()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json({ items: await listUsers(c.get('db'), actor) }, 200);
  })
  .openapi(createUserRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await createUser(c.get('db'), actor, c.req.valid('json')), 201);
  })
  .openapi(updateRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    const { id } = c.req.valid('param');
    return c.json(await updateUser(c.get('db'), actor, { id, ...c.req.valid('json') }), 200);
  })
  .openapi(ownerRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await getOwner(c.get('db'), actor), 200);
  });
