import { createRoute } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { Health, Live } from '#domain/schemas/health';
import { jsonResponse } from '#server/http/json';
import { router } from '#server/http/router';

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Health'],
  summary: 'Liveness, and where the data lives',
  responses: { 200: jsonResponse(Health, 'Up'), 503: { description: 'The database does not answer' } },
});

const liveRoute = createRoute({
  method: 'get',
  path: '/health/live',
  tags: ['Health'],
  summary: 'Liveness only: the process answers, without asking the database',
  responses: { 200: jsonResponse(Live, 'Up') },
});

export const healthRoutes = router()
  .openapi(healthRoute, async (c) => {
    const { db, dbKind, version } = c.get('deps');
    await db.execute(sql`SELECT 1`);
    return c.json({ status: 'ok' as const, database: dbKind, version }, 200);
  })
  .openapi(liveRoute, (c) => c.json({ status: 'ok' as const }, 200));
