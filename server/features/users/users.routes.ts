import { createRoute, z } from '@hono/zod-openapi';
import { CreateUserInput, UpdateUserInput, User } from '#domain/schemas/users';
import { authorize } from '#server/auth/policy';
import { actorOf } from '#server/http/actor';
import { jsonBody, jsonResponse } from '#server/http/json';
import { errorResponses, router } from '#server/http/router';
import { createUser, listUsers, updateUser } from './users.service';

const tags = ['People'];
const IdParam = z.object({ id: z.uuid('Not a user id') });

const listRoute = createRoute({
  method: 'get',
  path: '/users',
  tags,
  summary: 'Everyone in the workspace, with roles and start dates',
  responses: { 200: jsonResponse(z.object({ items: z.array(User) }), 'Users'), ...errorResponses },
});

const createUserRoute = createRoute({
  method: 'post',
  path: '/users',
  tags,
  summary: 'Add a person (admin). Giving them the owner role transfers it.',
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
  tags,
  summary: 'Change a person’s name, team, start date, roles or active state (admin)',
  request: { params: IdParam, ...jsonBody(UpdateUserInput) },
  responses: {
    200: jsonResponse(User, 'Updated'),
    404: { description: 'No such user' },
    409: { description: '`separation_of_duties`, `owner_required` or `cannot_deactivate_self`' },
    ...errorResponses,
  },
});

export const usersRoutes = router()
  .openapi(listRoute, async (c) => {
    authorize(c.get('principal'), 'users.read');
    return c.json({ items: await listUsers(c.get('deps').db) }, 200);
  })
  .openapi(createUserRoute, async (c) => {
    const principal = c.get('principal');
    authorize(principal, 'users.manage');
    return c.json(await createUser(c.get('deps'), actorOf(principal), c.req.valid('json')), 201);
  })
  .openapi(updateRoute, async (c) => {
    const principal = c.get('principal');
    authorize(principal, 'users.manage');
    const { id } = c.req.valid('param');
    return c.json(await updateUser(c.get('deps'), actorOf(principal), id, c.req.valid('json')), 200);
  });
