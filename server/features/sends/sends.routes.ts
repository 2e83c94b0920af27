import { createRoute } from '@hono/zod-openapi';
import { SendsInput, SendsResult } from '#domain/schemas/firewall';
import { requireActor } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { reportSends } from './sends.service';

const sendsRoute = createRoute({
  method: 'post',
  path: '/sends',
  ...guard('sends.write'),
  tags: ['Sends'],
  summary: 'Report sends the automation platform made (token scope sends:write); idempotent per eventId',
  description:
    'Up to 10,000 events. A repeated eventId counts as a duplicate. A send into a segment that was paused for its ' +
    'channel at sentAt (and not an allowed customer-initiated reply) is recorded as a pause violation.',
  request: jsonBody(SendsInput),
  responses: { 202: jsonResponse(SendsResult, 'Accepted'), ...errorResponses },
});

export const sendsRoutes = router().openapi(sendsRoute, async (c) => {
  const actor = requireActor(c.get('actor'));
  return c.json(await reportSends(c.get('db'), actor, c.req.valid('json')), 202);
});
