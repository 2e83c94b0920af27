import { createRoute, z } from '@hono/zod-openapi';
import { GapsQuery, Journey, WorkflowGaps, WorkflowMatrix } from '#domain/schemas/workflow-views';
import { requireActor } from '#server/auth/policy';
import { jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { journeyMap } from './journey.service';
import { workflowGaps, workflowGapsCsv, workflowMatrix } from './matrix.service';
import { exportWorkflowsCsv } from './workflows.service';

const tags = ['Workflows'];

const matrixRoute = createRoute({
  method: 'get',
  path: '/workflows/matrix',
  tags,
  summary: 'Segments × workflows: what each workflow does per segment, its sends and blocks in 30 days, and conflicts',
  description: 'Conflict kinds: `overlap`, `paused_target`, `silence_broken` (docs/rules.md, "Workflow conflicts").',
  ...guard('workflows.read'),
  responses: { 200: jsonResponse(WorkflowMatrix, 'The matrix'), ...errorResponses },
});

const gapsRoute = createRoute({
  method: 'get',
  path: '/workflows/gaps',
  tags,
  summary: 'The gap report: ungated workflows, workflows without a segment, unused segments, overlaps, violations',
  ...guard('workflows.read'),
  request: { query: GapsQuery },
  responses: {
    200: {
      content: {
        'application/json': { schema: WorkflowGaps },
        'text/csv': { schema: z.string() },
      },
      description: 'JSON, or CSV with `format=csv` (one row per finding)',
    },
    ...errorResponses,
  },
});

const journeyRoute = createRoute({
  method: 'get',
  path: '/workflows/journey',
  tags,
  summary: 'The segment state machine: states, allowed and observed transitions (30 days), workflows per state',
  ...guard('workflows.read'),
  responses: { 200: jsonResponse(Journey, 'The journey map'), ...errorResponses },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/workflows/export',
  tags,
  summary: 'The described workflows as CSV, in the columns the import reads (discovered ones left out)',
  ...guard('workflows.read'),
  responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV' }, ...errorResponses },
});

// Registered before the workflows routes, whose /workflows/{id} would otherwise take these paths.
export const workflowViewsRoutes = router()
  .openapi(matrixRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await workflowMatrix(c.get('db'), actor), 200);
  })
  .openapi(gapsRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const db = c.get('db');
    if (c.req.valid('query').format === 'csv') {
      c.header('Content-Disposition', 'attachment; filename="charter-workflow-gaps.csv"');
      return c.body(await workflowGapsCsv(db, actor), 200, { 'Content-Type': 'text/csv; charset=utf-8' }) as never;
    }
    return c.json(await workflowGaps(db, actor), 200);
  })
  .openapi(exportRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    c.header('Content-Disposition', 'attachment; filename="charter-workflows.csv"');
    return c.body(await exportWorkflowsCsv(c.get('db'), actor), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
    }) as never;
  })
  .openapi(journeyRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await journeyMap(c.get('db'), actor), 200);
  });
