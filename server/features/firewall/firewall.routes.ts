import { createRoute, z } from '@hono/zod-openapi';
import { AllowedContactsPage, AllowedContactsQuery, AllowedExplanation } from '#domain/schemas/allowed-explain';
import { CheckHeaders, CheckInput, CheckResult } from '#domain/schemas/firewall';
import {
  DecisionsPage,
  DecisionsQuery,
  FirewallRequestDetail,
  Learning,
  MonthQuery,
  SuppressedVolume,
} from '#domain/schemas/firewall-views';
import { ExternalId } from '#domain/schemas/strings';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard, permit, personGuard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { allowedContacts, explainAllowed } from './allowed.service';
import { refuseBypassFlags } from './bypass-guard';
import { runCheck } from './check.service';
import { runIdempotentCheck } from './check-keys.service';
import { learningFor } from './learning.service';
import { listDecisions, requestDetail, suppressedVolume } from './log.service';

const tags = ['Firewall'];
const RequestId = z.uuid('Not a request id');

const checkRoute = createRoute({
  method: 'post',
  path: '/firewall/check',
  tags,
  summary: 'Decide a send for up to 10,000 contacts: every reason that applies, per contact',
  description:
    'A session caller is the actor (naming someone else is 403 `actor_mismatch`); a token caller (scope ' +
    'firewall:check) may name the person the send is for in `actor`. There is no bypass: a body with ' +
    '`override`, `force` or `bypass` (any value, even false) is refused with 403 `override_refused` and recorded. ' +
    'With an `Idempotency-Key` header, a repeat within 24 hours returns the first answer (same `requestId`, ' +
    '`Idempotent-Replayed: true`) and is counted once; the same key with another body is 422 `idempotency_key_reused`.',
  // The permission first: a caller who may not check is refused (403 forbidden), not recorded as an override.
  middleware: [permit('firewall.check'), refuseBypassFlags] as const,
  'x-permission': 'firewall.check',
  request: { ...jsonBody(CheckInput), headers: CheckHeaders },
  responses: {
    200: jsonResponse(CheckResult, 'One decision per contact, in request order'),
    ...errorResponses,
    403: { description: '`forbidden`, `actor_mismatch` or `override_refused` (recorded)' },
  },
});

const requestRoute = createRoute({
  method: 'get',
  path: '/firewall/requests/{id}',
  ...guard(['firewall.read', 'firewall.check']),
  tags,
  summary:
    'One check with its blocked decisions and, per reason, the rule and segment version behind it; its allowed decisions by group',
  description: 'Firewall readers see every request; a marketer sees the requests made as them.',
  request: { params: z.object({ id: RequestId }) },
  responses: {
    200: jsonResponse(FirewallRequestDetail, 'The request'),
    404: { description: 'No such request' },
    ...errorResponses,
  },
});

const allowedRoute = createRoute({
  method: 'get',
  path: '/firewall/requests/{id}/allowed',
  ...guard(['firewall.read', 'firewall.check']),
  tags,
  summary: 'A page of the contacts one allowed group of a request holds, in request order',
  description: 'Whoever may read the request: firewall readers every request, a marketer their own.',
  request: { params: z.object({ id: RequestId }), query: AllowedContactsQuery },
  responses: {
    200: jsonResponse(AllowedContactsPage, 'Contact ids'),
    404: { description: 'No such request, or no such group in it' },
    ...errorResponses,
  },
});

const allowedExplainRoute = createRoute({
  method: 'get',
  path: '/firewall/requests/{id}/allowed/{contactId}',
  ...guard(['firewall.read', 'firewall.check']),
  tags,
  summary: 'Why the request allowed a contact: the segment versions in force then, each condition marked',
  description:
    'Evaluated at the decision’s time on the contact’s attributes as stored now; `updatedSinceDecision` says ' +
    'when they were written after the decision, so the explanation may differ from what the firewall saw.',
  request: { params: z.object({ id: RequestId, contactId: ExternalId }) },
  responses: {
    200: jsonResponse(AllowedExplanation, 'The explanation'),
    404: { description: 'No such request, or the request did not allow that contact' },
    ...errorResponses,
  },
});

const decisionsRoute = createRoute({
  method: 'get',
  path: '/firewall/decisions',
  ...guard(['firewall.read', 'firewall.check']),
  tags,
  summary: 'Recent blocked decisions, newest first, paged by cursor',
  description: 'Filters: reason, segment, campaign (id), actor (email). A marketer sees only their own.',
  request: { query: DecisionsQuery },
  responses: { 200: jsonResponse(DecisionsPage, 'A page of blocked decisions'), ...errorResponses },
});

const suppressedRoute = createRoute({
  method: 'get',
  path: '/firewall/suppressed',
  ...guard('metrics.read'),
  tags,
  summary: 'Blocked decisions of a month by ISO week, segment and reason (exact)',
  request: { query: MonthQuery },
  responses: { 200: jsonResponse(SuppressedVolume, 'Suppressed volume'), ...errorResponses },
});

const learningRoute = createRoute({
  method: 'get',
  path: '/firewall/learning',
  ...personGuard,
  tags,
  summary: 'What the firewall held back in the last 30 days and why, and the caller’s onboarding period',
  responses: { 200: jsonResponse(Learning, 'The learning view'), ...errorResponses },
});

export const firewallRoutes = router()
  .openapi(checkRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const idempotencyKey = c.req.valid('header')['idempotency-key'];
    // The usual check pays for no key lookup; only a call that sends a key is looked up.
    if (idempotencyKey === undefined) return c.json(await runCheck(c.get('db'), actor, c.req.valid('json')), 200);
    const { result, replayed } = await runIdempotentCheck(c.get('db'), actor, {
      ...c.req.valid('json'),
      idempotencyKey,
    });
    c.header('Idempotent-Replayed', String(replayed));
    return c.json(result, 200);
  })
  .openapi(requestRoute, async (c) => {
    // Firewall readers see every request, anyone else their own: decided in the service.
    return c.json(await requestDetail(c.get('db'), requireActor(c.get('actor')), c.req.valid('param')), 200);
  })
  .openapi(allowedRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await allowedContacts(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('query') }), 200);
  })
  .openapi(allowedExplainRoute, async (c) => {
    return c.json(await explainAllowed(c.get('db'), requireActor(c.get('actor')), c.req.valid('param')), 200);
  })
  .openapi(decisionsRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await listDecisions(c.get('db'), actor, c.req.valid('query')), 200);
  })
  .openapi(suppressedRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await suppressedVolume(c.get('db'), actor, c.req.valid('query')), 200);
  })
  .openapi(learningRoute, async (c) => {
    return c.json(await learningFor(c.get('db'), requireUser(c.get('actor'))), 200);
  });
