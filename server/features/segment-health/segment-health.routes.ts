import { createRoute, z } from '@hono/zod-openapi';
import { SegmentHealth, SegmentHealthQuery } from '#domain/schemas/segment-health';
import { SegmentKey } from '#domain/schemas/segments';
import { requireActor } from '#server/auth/policy';
import { jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { segmentHealth } from './segment-health.service';

const healthRoute = createRoute({
  method: 'get',
  path: '/segments/{key}/health',
  ...guard('segments.read'),
  tags: ['Segments'],
  summary: 'Weekly sends, unsubscribe and complaint rates, and whether the latest weeks left the usual band',
  description:
    '`weeks` 4–52 (12 by default). Drift is decided over the last 12 weeks whatever span is shown; see ' +
    'docs/segment-health.md for the band. Never part of the monthly review.',
  request: { params: z.object({ key: SegmentKey }), query: SegmentHealthQuery },
  responses: {
    200: jsonResponse(SegmentHealth, 'Health'),
    404: { description: 'No such segment' },
    ...errorResponses,
  },
});

export const segmentHealthRoutes = router().openapi(healthRoute, async (c) => {
  const input = { ...c.req.valid('param'), ...c.req.valid('query') };
  return c.json(await segmentHealth(c.get('db'), requireActor(c.get('actor')), input), 200);
});
