import { createRoute } from '@hono/zod-openapi';
import { OutcomesInput, OutcomesResult } from '#domain/schemas/pilots';
import { requireActor } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { reportOutcomes } from './outcomes.service';

const outcomesRoute = createRoute({
  method: 'post',
  path: '/outcomes',
  ...guard('outcomes.write'),
  tags: ['Outcomes'],
  summary: 'Report what happened after sends (token scope outcomes:write); idempotent per eventId',
  description:
    'Up to 10,000 events of type delivered, opened, clicked, converted, unsubscribed or complained. A repeated ' +
    'eventId counts as a duplicate. Events of contacts in a running pilot’s cohorts count towards its readout.',
  request: jsonBody(OutcomesInput),
  responses: { 202: jsonResponse(OutcomesResult, 'Accepted'), ...errorResponses },
});

export const outcomesRoutes = router().openapi(outcomesRoute, async (c) => {
  const actor = requireActor(c.get('actor'));
  return c.json(await reportOutcomes(c.get('db'), actor, c.req.valid('json')), 202);
});
