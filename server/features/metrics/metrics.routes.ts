import { createRoute, z } from '@hono/zod-openapi';
import { GovernanceMetrics } from '#domain/schemas/firewall';
import { MonthQuery, TrendQuery } from '#domain/schemas/firewall-views';
import { authorize } from '#server/auth/policy';
import { jsonResponse } from '#server/http/json';
import { errorResponses, router } from '#server/http/router';
import { governanceMetrics, governanceTrend } from './metrics.service';

const tags = ['Metrics'];

const governanceRoute = createRoute({
  method: 'get',
  path: '/metrics/governance',
  tags,
  summary: 'The three red flags and suppressed contacts for a calendar month (UTC); the current month by default',
  request: { query: MonthQuery },
  responses: { 200: jsonResponse(GovernanceMetrics, 'Exact counts'), ...errorResponses },
});

const trendRoute = createRoute({
  method: 'get',
  path: '/metrics/governance/trend',
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
    authorize(c.get('principal'), 'metrics.read');
    const { db, clock } = c.get('deps');
    return c.json(await governanceMetrics(db, clock, c.req.valid('query').month), 200);
  })
  .openapi(trendRoute, async (c) => {
    authorize(c.get('principal'), 'metrics.read');
    const { db, clock } = c.get('deps');
    return c.json({ items: await governanceTrend(db, clock, c.req.valid('query').months) }, 200);
  });
