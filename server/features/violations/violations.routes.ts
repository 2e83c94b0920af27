import { createRoute, z } from '@hono/zod-openapi';
import { Violation } from '#domain/schemas/firewall';
import { ResolveViolationInput, ViolationsQuery } from '#domain/schemas/firewall-views';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { acknowledgeViolation, listViolations, resolveViolation } from './violations.service';

const IdParam = z.object({ id: z.uuid('Not a violation id') });

const ViolationItem = Violation.extend({
  segmentVersion: z.number().int(),
  acknowledgedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});

const listRoute = createRoute({
  method: 'get',
  path: '/violations',
  ...guard('firewall.read'),
  tags: ['Violations'],
  summary: 'Pause violations, by the month of the send (UTC) and status',
  request: { query: ViolationsQuery },
  responses: { 200: jsonResponse(z.object({ items: z.array(ViolationItem) }), 'Violations'), ...errorResponses },
});

const transitionResponses = {
  200: jsonResponse(ViolationItem, 'Updated'),
  404: { description: 'No such violation' },
  409: { description: '`not_open` or `already_resolved`' },
  ...errorResponses,
};

const acknowledgeRoute = createRoute({
  method: 'post',
  path: '/violations/{id}/acknowledge',
  ...guard('violations.manage', { person: true }),
  tags: ['Violations'],
  summary: 'Acknowledge an open violation (owner, operations)',
  request: { params: IdParam },
  responses: transitionResponses,
});

const resolveRoute = createRoute({
  method: 'post',
  path: '/violations/{id}/resolve',
  ...guard('violations.manage', { person: true }),
  tags: ['Violations'],
  summary: 'Resolve a violation, saying how the leak was fixed (owner, operations)',
  request: { params: IdParam, ...jsonBody(ResolveViolationInput) },
  responses: transitionResponses,
});

export const violationsRoutes = router()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json({ items: await listViolations(c.get('db'), actor, c.req.valid('query')) }, 200);
  })
  .openapi(acknowledgeRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await acknowledgeViolation(c.get('db'), actor, c.req.valid('param')), 200);
  })
  .openapi(resolveRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await resolveViolation(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }), 200);
  });
