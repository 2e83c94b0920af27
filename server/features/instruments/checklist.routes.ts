import { createRoute, z } from '@hono/zod-openapi';
import { Checklist, ChecklistMonthParam, ChecklistSummary, SaveChecklistInput } from '#domain/schemas/checklist';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { getChecklist, listChecklists, saveChecklist } from './checklist.service';

const tags = ['Decision checklist'];

const listRoute = createRoute({
  method: 'get',
  path: '/checklist',
  tags,
  summary: 'Every saved month’s checklist score and band, oldest first (the trend)',
  ...guard('checklist.read'),
  responses: { 200: jsonResponse(z.object({ items: z.array(ChecklistSummary) }), 'Scores'), ...errorResponses },
});

const getRoute = createRoute({
  method: 'get',
  path: '/checklist/{month}',
  tags,
  summary: 'A month’s decision checklist: answers, score, band, next actions, and Charter’s evidence per item',
  ...guard('checklist.read'),
  request: { params: ChecklistMonthParam },
  responses: { 200: jsonResponse(Checklist, 'The checklist'), ...errorResponses },
});

const saveRoute = createRoute({
  method: 'put',
  path: '/checklist/{month}',
  tags,
  summary: 'Score checklist items for a month (owner, operations); names the revision it read',
  description:
    'Items given replace their earlier answers; the rest keep theirs. Notes are linted. Audited as `checklist.saved`.',
  ...guard('checklist.score', { person: true }),
  request: { params: ChecklistMonthParam, ...jsonBody(SaveChecklistInput) },
  responses: {
    200: jsonResponse(Checklist, 'Saved'),
    409: { description: '`stale_checklist`: someone saved since this revision was read' },
    ...errorResponses,
  },
});

// Each route's guard checks its permission before the request is validated.
export const checklistRoutes = router()
  .openapi(listRoute, async (c) => {
    return c.json({ items: await listChecklists(c.get('db'), requireActor(c.get('actor'))) }, 200);
  })
  .openapi(getRoute, async (c) => {
    return c.json(await getChecklist(c.get('db'), requireActor(c.get('actor')), c.req.valid('param')), 200);
  })
  .openapi(saveRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await saveChecklist(c.get('db'), requireUser(c.get('actor')), input), 200);
  });
