import { createRoute, z } from '@hono/zod-openapi';
import { GovernanceMetrics } from '#domain/schemas/firewall';
import { MonthQuery, TrendQuery } from '#domain/schemas/firewall-views';
import { requireActor } from '#server/auth/policy';
import { jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { governanceMetrics, governanceTrend } from './metrics.service';

const tags = ['Metrics'];

const governanceRoute = createRoute({
  method: 'get',
  path: '/metrics/governance',
  ...guard('metrics.read'),
  tags,
  summary: 'The three red flags and suppressed contacts for a calendar month (UTC); the current month by default',
  request: { query: MonthQuery },
  responses: { 200: jsonResponse(GovernanceMetrics, 'Exact counts'), ...errorResponses },
});

const trendRoute = createRoute({
  method: 'get',
  path: '/metrics/governance/trend',
  ...guard('metrics.read'),
  tags,
  summary: 'The same counts for the last `months` months (1–24, default 6), oldest first',
  request: { query: TrendQuery },
  responses: {
    200: jsonResponse(z.object({ items: z.array(GovernanceMetrics) }), 'One row per month'),
    ...errorResponses,
  },
});

export const metricsRoutes = router()
  .openapi(governanceRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await governanceMetrics(c.get('db'), actor, c.req.valid('query')), 200);
  })
  .openapi(trendRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json({ items: await governanceTrend(c.get('db'), actor, c.req.valid('query')) }, 200);
  });
