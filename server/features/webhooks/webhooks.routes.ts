import { createRoute, z } from '@hono/zod-openapi';
import {
  CreateWebhookInput,
  DeliveriesQuery,
  UpdateWebhookInput,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookSecret,
} from '#domain/schemas/webhooks';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listWebhookDeliveries,
  listWebhooks,
  redeliver,
  rotateWebhookSecret,
  sendTestEvent,
  updateWebhook,
} from './webhooks.service';

const tags = ['Webhooks'];
const IdParam = z.object({ id: z.uuid('Not a webhook endpoint id') });
const Queued = z.object({ queued: z.literal(true) }).meta({ id: 'Queued' });
const notFound = { 404: { description: 'No such endpoint' } };

const listRoute = createRoute({
  method: 'get',
  path: '/webhooks',
  tags,
  ...guard('webhooks.manage'),
  summary: 'Webhook endpoints (operations, admin); secrets are never listed',
  responses: { 200: jsonResponse(z.object({ items: z.array(WebhookEndpoint) }), 'Endpoints'), ...errorResponses },
});

const createWebhookRoute = createRoute({
  method: 'post',
  path: '/webhooks',
  tags,
  ...guard('webhooks.manage'),
  summary: 'Add an endpoint; its signing secret is shown once',
  description:
    'A `standard` endpoint receives signed JSON (Standard Webhooks); a `slack` endpoint is a Slack incoming-webhook ' +
    'URL and receives Block Kit messages. Loopback, private and link-local targets are refused (422 on `url`) ' +
    'unless WEBHOOKS_ALLOW_PRIVATE_TARGETS allows them.',
  request: jsonBody(CreateWebhookInput),
  responses: { 201: jsonResponse(WebhookSecret, 'Created; the secret is shown this once'), ...errorResponses },
});

const getRoute = createRoute({
  method: 'get',
  path: '/webhooks/{id}',
  tags,
  ...guard('webhooks.manage'),
  summary: 'One endpoint, with its delivery counts and health',
  request: { params: IdParam },
  responses: { 200: jsonResponse(WebhookEndpoint, 'The endpoint'), ...notFound, ...errorResponses },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/webhooks/{id}',
  tags,
  ...guard('webhooks.manage'),
  summary: 'Change the URL, the events or the description, or turn the endpoint off or on again',
  request: { params: IdParam, ...jsonBody(UpdateWebhookInput) },
  responses: { 200: jsonResponse(WebhookEndpoint, 'The endpoint'), ...notFound, ...errorResponses },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/webhooks/{id}',
  tags,
  ...guard('webhooks.manage'),
  summary: 'Remove an endpoint and its delivery log',
  request: { params: IdParam },
  responses: { 204: { description: 'Removed' }, ...notFound, ...errorResponses },
});

const rotateRoute = createRoute({
  method: 'post',
  path: '/webhooks/{id}/rotate',
  tags,
  ...guard('webhooks.manage'),
  summary: 'A new signing secret, shown once; the old one still signs beside it for 24 hours',
  request: { params: IdParam },
  responses: { 200: jsonResponse(WebhookSecret, 'The new secret'), ...notFound, ...errorResponses },
});

const testRoute = createRoute({
  method: 'post',
  path: '/webhooks/{id}/test',
  tags,
  ...guard('webhooks.manage'),
  summary: 'Queue a `webhook.test` event for this endpoint alone; its delivery shows how it went',
  request: { params: IdParam },
  responses: {
    202: jsonResponse(Queued, 'Queued'),
    ...notFound,
    409: { description: '`endpoint_disabled`' },
    ...errorResponses,
  },
});

const deliveriesRoute = createRoute({
  method: 'get',
  path: '/webhooks/{id}/deliveries',
  tags,
  ...guard('webhooks.manage'),
  summary: 'The endpoint’s deliveries, newest first, each with its attempts (status and duration)',
  request: { params: IdParam, query: DeliveriesQuery },
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(WebhookDelivery), nextCursor: z.string().optional() }),
      'A page of deliveries',
    ),
    ...notFound,
    ...errorResponses,
  },
});

const redeliverRoute = createRoute({
  method: 'post',
  path: '/webhooks/deliveries/{id}/redeliver',
  tags,
  ...guard('webhooks.manage'),
  summary: 'Send a delivered or failed delivery again, with the same webhook-id',
  request: { params: z.object({ id: z.uuid('Not a delivery id') }) },
  responses: {
    202: jsonResponse(Queued, 'Queued'),
    404: { description: 'No such delivery' },
    409: { description: '`delivery_pending` or `endpoint_disabled`' },
    ...errorResponses,
  },
});

export const webhooksRoutes = router()
  .openapi(listRoute, async (c) => {
    return c.json({ items: await listWebhooks(c.get('db'), requireActor(c.get('actor'))) }, 200);
  })
  .openapi(createWebhookRoute, async (c) => {
    const allowPrivate = c.get('deps').allowPrivateWebhookTargets ?? false;
    const input = { ...c.req.valid('json'), allowPrivate };
    return c.json(await createWebhook(c.get('db'), requireUser(c.get('actor')), input), 201);
  })
  .openapi(getRoute, async (c) => {
    return c.json(await getWebhook(c.get('db'), requireActor(c.get('actor')), c.req.valid('param')), 200);
  })
  .openapi(patchRoute, async (c) => {
    const allowPrivate = c.get('deps').allowPrivateWebhookTargets ?? false;
    const input = { ...c.req.valid('param'), ...c.req.valid('json'), allowPrivate };
    return c.json(await updateWebhook(c.get('db'), requireUser(c.get('actor')), input), 200);
  })
  .openapi(deleteRoute, async (c) => {
    await deleteWebhook(c.get('db'), requireUser(c.get('actor')), c.req.valid('param'));
    return c.body(null, 204);
  })
  .openapi(rotateRoute, async (c) => {
    return c.json(await rotateWebhookSecret(c.get('db'), requireUser(c.get('actor')), c.req.valid('param')), 200);
  })
  .openapi(testRoute, async (c) => {
    return c.json(await sendTestEvent(c.get('db'), requireUser(c.get('actor')), c.req.valid('param')), 202);
  })
  .openapi(deliveriesRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('query') };
    return c.json(await listWebhookDeliveries(c.get('db'), requireActor(c.get('actor')), input), 200);
  })
  .openapi(redeliverRoute, async (c) => {
    return c.json(await redeliver(c.get('db'), requireUser(c.get('actor')), c.req.valid('param')), 202);
  });
