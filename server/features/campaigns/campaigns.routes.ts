import { createRoute, z } from '@hono/zod-openapi';
import {
  ApproveCampaignInput,
  Campaign,
  CampaignPatch,
  CampaignsQuery,
  DeclineCampaignInput,
  HeldBackPreview,
  RequestSendResult,
} from '#domain/schemas/campaigns';
import { CampaignInput } from '#domain/schemas/firewall';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import {
  createCampaign,
  decideCampaign,
  getCampaign,
  listCampaigns,
  submitForApproval,
  updateCampaign,
} from './campaigns.service';
import { previewHeldBack } from './held-back.service';
import { requestSend } from './request-send.service';

const tags = ['Campaigns'];
const IdParam = z.object({ id: z.uuid('Not a campaign id') });
const notFound = { 404: { description: 'No such campaign' } };

const listRoute = createRoute({
  method: 'get',
  path: '/campaigns',
  ...guard('campaigns.read'),
  tags,
  summary: 'Campaigns, newest change first; `mine=true` for the caller’s own',
  request: { query: CampaignsQuery },
  responses: { 200: jsonResponse(z.object({ items: z.array(Campaign) }), 'Campaigns'), ...errorResponses },
});

const createCampaignRoute = createRoute({
  method: 'post',
  path: '/campaigns',
  ...guard('campaigns.write', { person: true }),
  tags,
  summary: 'Create a campaign (marketer): name, channel, target segment, copy',
  request: jsonBody(CampaignInput),
  responses: { 201: jsonResponse(Campaign, 'Created'), ...errorResponses },
});

const getRoute = createRoute({
  method: 'get',
  path: '/campaigns/{id}',
  ...guard('campaigns.read'),
  tags,
  summary: 'One campaign with its approval state and, when approved, the segment version it holds for',
  request: { params: IdParam },
  responses: { 200: jsonResponse(Campaign, 'The campaign'), ...notFound, ...errorResponses },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/campaigns/{id}',
  ...guard('campaigns.write', { person: true }),
  tags,
  summary: 'Edit a campaign (its creator). Copy and channel are free; a new target segment resets approval',
  request: { params: IdParam, ...jsonBody(CampaignPatch) },
  responses: { 200: jsonResponse(Campaign, 'Updated'), ...notFound, ...errorResponses },
});

const requestSendRoute = createRoute({
  method: 'post',
  path: '/campaigns/{id}/request-send',
  ...guard('campaigns.write', { person: true }),
  tags,
  summary: 'Check a send to the target segment’s current members; nothing is sent',
  description:
    'Runs the firewall check as the signed-in marketer on the campaign’s channel, one check per 10,000 members.',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(RequestSendResult, 'What the firewall allows, and why the rest is held back'),
    409: { description: '`no_target`' },
    ...notFound,
    ...errorResponses,
  },
});

const heldBackRoute = createRoute({
  method: 'get',
  path: '/campaigns/{id}/held-back',
  tags,
  summary: 'While you observe: what a send of your campaign would hold back now; nothing is sent or recorded',
  description:
    'A dry run of the firewall check over the target segment’s current members, as the signed-in creator, for a ' +
    'marketer inside the onboarding period only. Counts by reason and segment; no contact is named.',
  ...guard('campaigns.write', { person: true }),
  request: { params: IdParam },
  responses: {
    200: jsonResponse(HeldBackPreview, 'What the firewall would hold back, and why'),
    409: { description: '`no_target`' },
    ...notFound,
    ...errorResponses,
    403: { description: '`not_creator`, `not_observing`, or a role that does not write campaigns' },
  },
});

const submitRoute = createRoute({
  method: 'post',
  path: '/campaigns/{id}/submit-for-approval',
  ...guard('campaigns.write', { person: true }),
  tags,
  summary: 'Ask the owner to approve the campaign for the target segment’s current version (creator)',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(Campaign, 'Pending'),
    409: { description: '`approval_not_needed`, `already_pending` or `already_approved`' },
    ...notFound,
    ...errorResponses,
  },
});

const decisionResponses = {
  200: jsonResponse(Campaign, 'Decided'),
  409: { description: '`not_pending`' },
  ...notFound,
  ...errorResponses,
};

const approveRoute = createRoute({
  method: 'post',
  path: '/campaigns/{id}/approve',
  ...guard('campaigns.approve', { person: true }),
  tags,
  summary: 'Approve a pending campaign for the segment’s current version (owner; never one’s own)',
  description:
    'Send the target `segment` and its `version` you reviewed: a campaign retargeted or a version published since ' +
    'is refused with 409 `campaign_changed`.',
  request: { params: IdParam, ...jsonBody(ApproveCampaignInput) },
  responses: { ...decisionResponses, 409: { description: '`not_pending` or `campaign_changed`' } },
});

const declineRoute = createRoute({
  method: 'post',
  path: '/campaigns/{id}/decline',
  ...guard('campaigns.approve', { person: true }),
  tags,
  summary: 'Decline a pending campaign, saying why (owner)',
  request: { params: IdParam, ...jsonBody(DeclineCampaignInput) },
  responses: decisionResponses,
});

export const campaignsRoutes = router()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const mine = c.req.valid('query').mine === 'true';
    // "Mine" needs a person: a token has no campaigns of its own.
    if (mine) requireUser(actor);
    return c.json({ items: await listCampaigns(c.get('db'), actor, { mine }) }, 200);
  })
  .openapi(createCampaignRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await createCampaign(c.get('db'), actor, c.req.valid('json')), 201);
  })
  .openapi(getRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await getCampaign(c.get('db'), actor, c.req.valid('param')), 200);
  })
  .openapi(patchRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await updateCampaign(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }), 200);
  })
  .openapi(requestSendRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await requestSend(c.get('db'), actor, c.req.valid('param')), 200);
  })
  .openapi(heldBackRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await previewHeldBack(c.get('db'), actor, c.req.valid('param')), 200);
  })
  .openapi(submitRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await submitForApproval(c.get('db'), actor, c.req.valid('param')), 200);
  })
  .openapi(approveRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    const { note, ...reviewed } = c.req.valid('json');
    const decision = { ...c.req.valid('param'), approve: true, note: note ?? null, reviewed };
    return c.json(await decideCampaign(c.get('db'), actor, decision), 200);
  })
  .openapi(declineRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    const { note } = c.req.valid('json');
    return c.json(await decideCampaign(c.get('db'), actor, { ...c.req.valid('param'), approve: false, note }), 200);
  });
