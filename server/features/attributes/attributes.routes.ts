import { createRoute, z } from '@hono/zod-openapi';
import {
  AcceptAttributeInput,
  Attribute,
  AttributeNameParam,
  AttributeQuery,
  UpdateAttributeInput,
} from '#domain/schemas/attributes';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { acceptAttribute, listAttributes, updateAttribute } from './attributes.service';

const tags = ['Attribute dictionary'];

const listRoute = createRoute({
  method: 'get',
  path: '/attributes',
  tags,
  summary: 'The attribute dictionary: accepted attributes criteria may use, and discovered ones waiting for the owner',
  ...guard('attributes.read'),
  request: { query: AttributeQuery },
  responses: { 200: jsonResponse(z.object({ items: z.array(Attribute) }), 'Attributes'), ...errorResponses },
});

const acceptRoute = createRoute({
  method: 'post',
  path: '/attributes/{name}/accept',
  tags,
  summary: 'Accept an attribute into the dictionary (owner): criteria may use it from then on',
  description: 'A name never seen on a contact may be accepted ahead of its data. Audited as `attributes.accepted`.',
  ...guard('attributes.manage', { person: true }),
  request: { params: AttributeNameParam, ...jsonBody(AcceptAttributeInput) },
  responses: {
    200: jsonResponse(Attribute, 'Accepted'),
    409: { description: '`already_accepted`' },
    ...errorResponses,
  },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/attributes/{name}',
  tags,
  summary: 'Edit an accepted dictionary entry (owner)',
  ...guard('attributes.manage', { person: true }),
  request: { params: AttributeNameParam, ...jsonBody(UpdateAttributeInput) },
  responses: {
    200: jsonResponse(Attribute, 'Updated'),
    404: { description: 'No such attribute' },
    409: { description: '`not_accepted`, or `consent_attribute` for a type change of a consent attribute' },
    ...errorResponses,
  },
});

// Each route's guard checks its permission before the request is validated.
export const attributesRoutes = router()
  .openapi(listRoute, async (c) => {
    return c.json(
      { items: await listAttributes(c.get('db'), requireActor(c.get('actor')), c.req.valid('query')) },
      200,
    );
  })
  .openapi(acceptRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await acceptAttribute(c.get('db'), requireUser(c.get('actor')), input), 200);
  })
  .openapi(updateRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await updateAttribute(c.get('db'), requireUser(c.get('actor')), input), 200);
  });
