import { createRoute, z } from '@hono/zod-openapi';
import { FirewallSettingsView, SettingProposalInput } from '#domain/schemas/firewall-views';
import { RejectInput } from '#domain/schemas/segments';
import { ApproveSettingInput, SettingDecisionResult, SettingProposal } from '#domain/schemas/setting-proposals';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { approveSettingProposal, rejectSettingProposal, withdrawSettingProposal } from './setting-decisions.service';
import { getSettingProposal, proposeSetting, settingsView } from './settings.service';

const tags = ['Firewall settings'];
const IdParam = z.object({ id: z.uuid('Not a proposal id') });
const notFound = { 404: { description: 'No such setting proposal' } };
const decided = {
  200: jsonResponse(SettingDecisionResult, 'The proposal, and whether its value is in force'),
  ...notFound,
  ...errorResponses,
};

const settingsRoute = createRoute({
  method: 'get',
  path: '/firewall/settings',
  tags,
  summary: 'Frequency cap and onboarding days in force, who approved them, and open proposals to change them',
  ...guard('workspace.read'),
  responses: { 200: jsonResponse(FirewallSettingsView, 'Settings'), ...errorResponses },
});

const proposeRoute = createRoute({
  method: 'post',
  path: '/firewall/settings/proposals',
  tags,
  summary: 'Propose a new frequency cap or onboarding period (operations); it takes effect when approved',
  description: '`frequency_cap` takes `{max, windowDays}`, `onboarding_days` a number of days.',
  ...guard('firewall.settings.propose', { person: true }),
  request: jsonBody(SettingProposalInput),
  responses: { 201: jsonResponse(z.object({ id: z.uuid() }), 'Proposed'), ...errorResponses },
});

const getRoute = createRoute({
  method: 'get',
  path: '/firewall/settings/proposals/{id}',
  tags,
  summary: 'A setting proposal, and whether you may decide it',
  ...guard('workspace.read'),
  request: { params: IdParam },
  responses: { 200: jsonResponse(SettingProposal, 'The proposal'), ...notFound, ...errorResponses },
});

const approveRoute = createRoute({
  method: 'post',
  path: '/firewall/settings/proposals/{id}/approve',
  tags,
  summary: 'Approve: the value is in force at once, on every instance',
  description:
    'The owner decides; when the owner proposed, an operations user. Nobody decides their own (403 `self_approval`). ' +
    'Send the `revision` you reviewed; a proposal whose setting changed since it was made is refused (409 `stale_base_version`).',
  ...guard('proposals.decide', { person: true }),
  request: { params: IdParam, ...jsonBody(ApproveSettingInput) },
  responses: {
    ...decided,
    409: {
      description: '`not_open`, `proposal_changed`, `stale_base_version`, or `segment_retired` for a segment cap',
    },
  },
});

const rejectRoute = createRoute({
  method: 'post',
  path: '/firewall/settings/proposals/{id}/reject',
  tags,
  summary: 'Reject with a rationale (same deciders as approval); the value in force stays',
  ...guard('proposals.decide', { person: true }),
  request: { params: IdParam, ...jsonBody(RejectInput) },
  responses: { ...decided, 409: { description: '`not_open`' } },
});

const withdrawRoute = createRoute({
  method: 'post',
  path: '/firewall/settings/proposals/{id}/withdraw',
  tags,
  summary: 'Withdraw your open setting proposal',
  ...guard('firewall.settings.propose', { person: true }),
  request: { params: IdParam },
  responses: { ...decided, 409: { description: '`not_open`' } },
});

// Each route's permission is route middleware (permit), so it is checked before the request is validated.
export const settingsRoutes = router()
  .openapi(settingsRoute, async (c) => {
    return c.json(await settingsView(c.get('db'), requireActor(c.get('actor'))), 200);
  })
  .openapi(proposeRoute, async (c) => {
    return c.json(await proposeSetting(c.get('db'), requireUser(c.get('actor')), c.req.valid('json')), 201);
  })
  .openapi(getRoute, async (c) => {
    return c.json(await getSettingProposal(c.get('db'), requireActor(c.get('actor')), c.req.valid('param')), 200);
  })
  .openapi(approveRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await approveSettingProposal(c.get('db'), requireUser(c.get('actor')), input), 200);
  })
  .openapi(rejectRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await rejectSettingProposal(c.get('db'), requireUser(c.get('actor')), input), 200);
  })
  .openapi(withdrawRoute, async (c) => {
    return c.json(await withdrawSettingProposal(c.get('db'), requireUser(c.get('actor')), c.req.valid('param')), 200);
  });
