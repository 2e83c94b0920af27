import { logicReview } from './exception-helpers';
import type { DEMO, TestApp } from './harness';
import { startedPilot } from './pilot-helpers';
import { RATIONALE } from './proposal-helpers';
import { INSTRUMENT_PROSE_FIXTURES } from './prose-fixtures-instruments';
import {
  as,
  attributeEntry,
  backlogEntry,
  backlogProposal,
  bump,
  campaign,
  dueFollowUp,
  glossaryTerm,
  ok,
  openProposal,
  pendingCampaign,
  pendingGrant,
  pilotOn,
  sensitiveProposal,
  settingProposal,
  workflow,
} from './prose-setup';
import { evaluationContact, reportSend } from './review-helpers';

export { as };

/** A valid request whose prose fields the test fills in, one at a time, with retired language. */
export type ProseRequest = { path: string; body: Record<string, unknown> };
type Role = keyof typeof DEMO;

export type ProseFixture =
  | { as: Role; status: number; request: (t: TestApp, n: number) => Promise<ProseRequest> }
  /** A route whose text is never saved as written, with the reason. */
  | { notSaved: string };

/**
 * One entry per write route that has a free-text field. The test fails for a route with prose and
 * no entry here, and for an entry whose route has none, so this list cannot fall behind the API.
 */
export const PROSE_FIXTURES: Record<string, ProseFixture> = {
  'POST /backlog': {
    as: 'marketer',
    status: 201,
    request: async () => ({
      path: '/api/backlog',
      body: { title: 'Prose backlog item', goal: 'Fewer contacts left waiting.', value: 2, effort: 2, urgency: 'low' },
    }),
  },
  'PATCH /backlog/{id}': {
    as: 'owner',
    status: 200,
    request: async (t, n) => ({
      path: `/api/backlog/${await backlogEntry(t, n)}`,
      body: { status: 'declined', rationale: 'Covered by the pause rule already.' },
    }),
  },
  'POST /backlog/{id}/proposal': {
    as: 'ops',
    status: 201,
    request: async (t, n) => ({
      path: `/api/backlog/${await backlogEntry(t, n, true)}/proposal`,
      body: await backlogProposal(t, n),
    }),
  },
  'POST /pilots/{id}/stop': {
    as: 'owner',
    status: 200,
    request: async (t) => ({ path: `/api/pilots/${(await pilotOn(t, 'dormant')).id}/stop`, body: {} }),
  },
  'POST /pilots/{id}/extend': {
    as: 'owner',
    status: 200,
    request: async (t) => ({
      path: `/api/pilots/${(await pilotOn(t, 'active-customer')).id}/extend`,
      body: { days: 7 },
    }),
  },
  'POST /pilots/{id}/notes': {
    as: 'ops',
    status: 201,
    // Evaluation's unpausing, the pilot the pilot tests start: other fixtures here change new-lead.
    request: async (t) => ({ path: `/api/pilots/${(await startedPilot(t, 20, 14)).pilot.id}/notes`, body: {} }),
  },
  'POST /segments/impact': { notSaved: 'a preview: it evaluates the definition and stores nothing' },
  'POST /exceptions/drafts': { notSaved: 'a draft in progress: the text is linted when the request is filed' },
  'PUT /exceptions/drafts/{id}': { notSaved: 'a draft in progress: the text is linted when the request is filed' },
  'POST /lint': { notSaved: 'the linter itself: it answers with the findings and keeps nothing' },
  'POST /proposals': {
    as: 'ops',
    status: 201,
    request: async (t, n) => {
      const { body } = await openProposal(t, n);
      return { path: '/api/proposals', body: { ...body, rationale: RATIONALE } };
    },
  },
  'PATCH /proposals/{id}': {
    as: 'ops',
    status: 200,
    request: async (t, n) => {
      const { id, body } = await openProposal(t, n);
      return { path: `/api/proposals/${id}`, body: { definition: body.definition, rationale: RATIONALE } };
    },
  },
  'POST /proposals/{id}/approve': {
    as: 'owner',
    status: 200,
    request: async (t, n) => {
      const { id, revision } = await sensitiveProposal(t, n);
      const fairnessNote = 'Country decides which market team runs the campaign; no offer differs.';
      return { path: `/api/proposals/${id}/approve`, body: { revision, fairnessNote } };
    },
  },
  'POST /proposals/{id}/reject': {
    as: 'owner',
    status: 200,
    request: async (t, n) => ({ path: `/api/proposals/${(await openProposal(t, n)).id}/reject`, body: {} }),
  },
  'POST /proposals/{id}/follow-up': {
    as: 'owner',
    status: 200,
    request: async (t) => ({
      path: `/api/proposals/${await dueFollowUp(t)}/follow-up`,
      body: { checkpoint: 30, outcome: 'kept' },
    }),
  },
  'POST /firewall/override': {
    as: 'marketer',
    status: 403,
    request: async () => ({ path: '/api/firewall/override', body: { target: 'evaluation' } }),
  },
  'POST /firewall/override-attempts': {
    as: 'marketer',
    status: 201,
    request: async () => ({ path: '/api/firewall/override-attempts', body: { segmentKey: 'evaluation' } }),
  },
  'POST /firewall/settings/proposals': {
    as: 'ops',
    status: 201,
    request: async (_t, n) => ({
      path: '/api/firewall/settings/proposals',
      body: { settingKey: 'onboarding_days', value: 60 + n },
    }),
  },
  'POST /firewall/settings/proposals/{id}/approve': {
    as: 'owner',
    status: 200,
    request: async (t, n) => {
      const { id, revision } = await settingProposal(t, n);
      return { path: `/api/firewall/settings/proposals/${id}/approve`, body: { revision } };
    },
  },
  'POST /firewall/settings/proposals/{id}/reject': {
    as: 'owner',
    status: 200,
    request: async (t, n) => ({
      path: `/api/firewall/settings/proposals/${(await settingProposal(t, n)).id}/reject`,
      body: {},
    }),
  },
  'POST /violations/{id}/resolve': {
    as: 'ops',
    status: 200,
    request: async (t, n) => {
      const sent = await reportSend(
        await as(t, 'ops'),
        await evaluationContact(t),
        `prose-${n}`,
        '2026-11-14T09:00:00Z',
      );
      return { path: `/api/violations/${sent.violations[0]}/resolve`, body: {} };
    },
  },
  'POST /campaigns': {
    as: 'marketer',
    status: 201,
    request: async () => ({
      path: '/api/campaigns',
      body: { name: 'Spring note', channel: 'email', targetSegment: null },
    }),
  },
  'PATCH /campaigns/{id}': {
    as: 'marketer',
    status: 200,
    request: async (t) => ({ path: `/api/campaigns/${await campaign(await as(t, 'marketer'), 'new-lead')}`, body: {} }),
  },
  'POST /campaigns/{id}/approve': {
    as: 'owner',
    status: 200,
    request: async (t) => {
      const { id, seen } = await pendingCampaign(t);
      return { path: `/api/campaigns/${id}/approve`, body: seen };
    },
  },
  'POST /campaigns/{id}/decline': {
    as: 'owner',
    status: 200,
    request: async (t) => ({ path: `/api/campaigns/${(await pendingCampaign(t)).id}/decline`, body: {} }),
  },
  'POST /exceptions': {
    as: 'marketer',
    status: 201,
    request: async (t, n) => {
      const { body } = await logicReview(await as(t, 'viewer'), 'evaluation', bump(n));
      return { path: '/api/exceptions', body };
    },
  },
  'POST /glossary': {
    as: 'owner',
    status: 201,
    request: async (_t, n) => ({ path: '/api/glossary', body: glossaryTerm(n) }),
  },
  'PATCH /glossary/{id}': {
    as: 'owner',
    status: 200,
    request: async (t, n) => {
      const term = await ok(await (await as(t, 'owner')).post('/api/glossary', glossaryTerm(n)), 201);
      return { path: `/api/glossary/${term.id}`, body: { examples: [] } };
    },
  },
  'POST /glossary/import': {
    as: 'owner',
    status: 200,
    request: async (_t, n) => ({ path: '/api/glossary/import', body: { items: [glossaryTerm(n)] } }),
  },
  'POST /reviews/{month}/notes': {
    as: 'ops',
    status: 201,
    request: async () => ({ path: '/api/reviews/2026-11/notes', body: { item: 'pauseViolations' } }),
  },
  'POST /reviews/{month}/actions': {
    as: 'ops',
    status: 201,
    request: async () => ({ path: '/api/reviews/2026-11/actions', body: { item: 'pauseViolations' } }),
  },
  'POST /reviews/{month}/complete': {
    as: 'ops',
    status: 200,
    request: async () => ({ path: '/api/reviews/2026-06/complete', body: {} }),
  },
  'POST /user-changes/{id}/confirm': {
    as: 'owner',
    status: 200,
    request: async (t, n) => ({ path: `/api/user-changes/${await pendingGrant(t, n)}/confirm`, body: {} }),
  },
  'POST /user-changes/{id}/reject': {
    as: 'owner',
    status: 200,
    request: async (t, n) => ({ path: `/api/user-changes/${await pendingGrant(t, n)}/reject`, body: {} }),
  },
  'POST /segments/{key}/review': {
    as: 'owner',
    status: 200,
    request: async () => ({ path: '/api/segments/evaluation/review', body: {} }),
  },
  'POST /attributes/{name}/accept': {
    as: 'owner',
    status: 200,
    request: async (t, n) => ({ path: `/api/attributes/prefers_evening_${n}/accept`, body: await attributeEntry(t) }),
  },
  'PATCH /attributes/{name}': {
    as: 'owner',
    status: 200,
    request: async (t, n) => {
      const name = `prefers_morning_${n}`;
      await ok(await (await as(t, 'owner')).post(`/api/attributes/${name}/accept`, await attributeEntry(t)), 200);
      return { path: `/api/attributes/${name}`, body: {} };
    },
  },
  'PUT /workflows': {
    as: 'marketer',
    status: 200,
    request: async (_t, n) => ({ path: '/api/workflows', body: { workflows: [workflow(n)] } }),
  },
  ...INSTRUMENT_PROSE_FIXTURES,
};
