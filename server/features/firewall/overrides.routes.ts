import { createRoute, z } from '@hono/zod-openapi';
import { monthOrCurrent } from '#domain/firewall/months';
import { OverrideInput } from '#domain/schemas/firewall';
import {
  FirewallSettingsView,
  MonthQuery,
  OverrideAttempt,
  OverrideAttemptInput,
  OverrideAttemptRecorded,
  SettingProposalInput,
} from '#domain/schemas/firewall-views';
import { authorize, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { errorResponses, router } from '#server/http/router';
import { refuseOverrideCall } from './bypass-guard';
import { proposeSetting, settingsView } from './firewall-settings.service';
import { listOverrideAttempts, OverrideRefusedError, recordUiAttempt } from './overrides.service';

const tags = ['Firewall governance'];

const overrideRoute = createRoute({
  method: 'post',
  path: '/firewall/override',
  tags,
  summary: 'There is no override: every call is refused with 403 override_refused and recorded',
  middleware: [refuseOverrideCall] as const,
  request: jsonBody(OverrideInput),
  responses: { 403: { description: '`override_refused`: recorded as an override attempt (who, when, target, why)' } },
});

const recordAttemptRoute = createRoute({
  method: 'post',
  path: '/firewall/override-attempts',
  tags,
  summary: 'Record a "send anyway" attempt from the app; nothing is sent, the protocol is explained',
  request: jsonBody(OverrideAttemptInput),
  responses: { 201: jsonResponse(OverrideAttemptRecorded, 'Recorded'), ...errorResponses },
});

const listAttemptsRoute = createRoute({
  method: 'get',
  path: '/firewall/override-attempts',
  tags,
  summary: 'Override attempts of a month (UTC), newest first; the current month by default',
  request: { query: MonthQuery },
  responses: {
    200: jsonResponse(z.object({ month: z.string(), items: z.array(OverrideAttempt) }), 'Attempts'),
    ...errorResponses,
  },
});

const settingsRoute = createRoute({
  method: 'get',
  path: '/firewall/settings',
  tags,
  summary: 'Frequency cap and onboarding days in force, who approved them, and open proposals to change them',
  responses: { 200: jsonResponse(FirewallSettingsView, 'Settings'), ...errorResponses },
});

const proposeRoute = createRoute({
  method: 'post',
  path: '/firewall/settings/proposals',
  tags,
  summary: 'Propose a new frequency cap or onboarding period (operations); the owner approves it as a proposal',
  description:
    '`frequency_cap` takes `{max, windowDays}`, `onboarding_days` a number of days. Decide it with ' +
    '`POST /api/proposals/{id}/approve` or `/reject`.',
  request: jsonBody(SettingProposalInput),
  responses: { 201: jsonResponse(z.object({ id: z.uuid() }), 'Proposed'), ...errorResponses },
});

export const overridesRoutes = router()
  .openapi(overrideRoute, async () => {
    // The middleware always answers; reaching here would itself be a refusal.
    throw new OverrideRefusedError();
  })
  .openapi(recordAttemptRoute, async (c) => {
    const principal = requireUser(c.get('principal'));
    return c.json(await recordUiAttempt(c.get('deps'), principal, c.req.valid('json')), 201);
  })
  .openapi(listAttemptsRoute, async (c) => {
    authorize(c.get('principal'), 'firewall.read');
    const deps = c.get('deps');
    const range = monthOrCurrent(c.req.valid('query').month, deps.clock.now());
    return c.json({ month: range.month, items: await listOverrideAttempts(deps, range) }, 200);
  })
  .openapi(settingsRoute, async (c) => {
    authorize(c.get('principal'), 'workspace.read');
    return c.json(await settingsView(c.get('deps').db), 200);
  })
  .openapi(proposeRoute, async (c) => {
    const principal = c.get('principal');
    authorize(principal, 'firewall.settings.propose');
    return c.json(await proposeSetting(c.get('deps'), requireUser(principal), c.req.valid('json')), 201);
  });
