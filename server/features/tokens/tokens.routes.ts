import { createRoute, z } from '@hono/zod-openapi';
import { ApiToken, CreatedToken, CreateTokenInput } from '#domain/schemas/tokens';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { createToken, listTokens, revokeToken } from './tokens.service';

const tags = ['API tokens'];

const listRoute = createRoute({
  method: 'get',
  path: '/tokens',
  ...guard('tokens.manage'),
  tags,
  summary: 'API tokens (operations, admin); secrets are never listed',
  responses: { 200: jsonResponse(z.object({ items: z.array(ApiToken) }), 'Tokens'), ...errorResponses },
});

const createTokenRoute = createRoute({
  method: 'post',
  path: '/tokens',
  ...guard('tokens.manage', { person: true }),
  tags,
  summary: 'Create a scoped token for a machine client; the token is shown once',
  request: jsonBody(CreateTokenInput),
  responses: { 201: jsonResponse(CreatedToken, 'Created'), ...errorResponses },
});

const revokeRoute = createRoute({
  method: 'delete',
  path: '/tokens/{id}',
  ...guard('tokens.manage', { person: true }),
  tags,
  summary: 'Revoke a token; calls with it fail from now on',
  request: { params: z.object({ id: z.uuid('Not a token id') }) },
  responses: { 204: { description: 'Revoked' }, 404: { description: 'No such token' }, ...errorResponses },
});

export const tokensRoutes = router()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json({ items: await listTokens(c.get('db'), actor) }, 200);
  })
  .openapi(createTokenRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await createToken(c.get('db'), actor, c.req.valid('json')), 201);
  })
  .openapi(revokeRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    await revokeToken(c.get('db'), actor, c.req.valid('param'));
    return c.body(null, 204);
  });
