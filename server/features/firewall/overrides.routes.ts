import { createRoute, z } from '@hono/zod-openapi';
import { OverrideInput } from '#domain/schemas/firewall';
import {
  MonthQuery,
  OverrideAttempt,
  OverrideAttemptInput,
  OverrideAttemptRecorded,
} from '#domain/schemas/firewall-views';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard, permit } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { refuseOverrideCall } from './bypass-guard';
import { listOverrideAttempts, OverrideRefusedError, recordUiAttempt } from './overrides.service';

const tags = ['Firewall governance'];

const overrideRoute = createRoute({
  method: 'post',
  path: '/firewall/override',
  tags,
  summary: 'There is no override: every call is refused with 403 override_refused and recorded',
  // Only those who may send can attempt an override; anyone else gets 403 forbidden, recorded as such.
  middleware: [permit('firewall.check'), refuseOverrideCall] as const,
  'x-permission': 'firewall.check',
  request: jsonBody(OverrideInput),
  responses: { 403: { description: '`override_refused`: recorded as an override attempt (who, when, target, why)' } },
});

const recordAttemptRoute = createRoute({
  method: 'post',
  path: '/firewall/override-attempts',
  ...guard('firewall.check', { person: true }),
  tags,
  summary: 'Record a "send anyway" attempt from the app; nothing is sent, the protocol is explained',
  request: jsonBody(OverrideAttemptInput),
  responses: { 201: jsonResponse(OverrideAttemptRecorded, 'Recorded'), ...errorResponses },
});

const listAttemptsRoute = createRoute({
  method: 'get',
  path: '/firewall/override-attempts',
  ...guard('firewall.read'),
  tags,
  summary: 'Override attempts of a month (UTC), newest first; the current month by default',
  request: { query: MonthQuery },
  responses: {
    200: jsonResponse(z.object({ month: z.string(), items: z.array(OverrideAttempt) }), 'Attempts'),
    ...errorResponses,
  },
});

export const overridesRoutes = router()
  .openapi(overrideRoute, async () => {
    // The middleware always answers; reaching here would itself be a refusal.
    throw new OverrideRefusedError();
  })
  .openapi(recordAttemptRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await recordUiAttempt(c.get('db'), actor, c.req.valid('json')), 201);
  })
  .openapi(listAttemptsRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await listOverrideAttempts(c.get('db'), actor, c.req.valid('query')), 200);
  });
