import { createRoute, z } from '@hono/zod-openapi';
import { GovernanceMetrics } from '#domain/schemas/firewall';
import { MonthQuery, TrendQuery } from '#domain/schemas/firewall-views';
import { SegmentFigures, SegmentFiguresQuery } from '#domain/schemas/follow-ups';
import { SegmentKey } from '#domain/schemas/segments';
import { requireActor } from '#server/auth/policy';
import { jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { governanceMetrics, governanceTrend, segmentMetrics } from './metrics.service';

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

const segmentRoute = createRoute({
  method: 'get',
  path: '/metrics/segments/{key}',
  tags,
  summary:
    'One segment’s figures over [from, to): members, median dwell, moves outside transitions, suppressed, violations',
  description: 'The window ends at now at the latest; the follow-ups of approved changes count with the same function.',
  ...guard('metrics.read'),
  request: { params: z.object({ key: SegmentKey }), query: SegmentFiguresQuery },
  responses: {
    200: jsonResponse(SegmentFigures, 'Exact counts'),
    404: { description: 'No such segment' },
    ...errorResponses,
  },
});

export const metricsRoutes = router()
  .openapi(governanceRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await governanceMetrics(c.get('db'), actor, c.req.valid('query')), 200);
  })
  .openapi(segmentRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('query') };
    return c.json(await segmentMetrics(c.get('db'), requireActor(c.get('actor')), input), 200);
  })
  .openapi(trendRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json({ items: await governanceTrend(c.get('db'), actor, c.req.valid('query')) }, 200);
  });
