import { createRoute, z } from '@hono/zod-openapi';
import {
  UpsertWorkflowsInput,
  UpsertWorkflowsResult,
  Workflow,
  WorkflowsPage,
  WorkflowsQuery,
} from '#domain/schemas/workflows';
import { requireActor } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { getWorkflow, listWorkflows, upsertWorkflows } from './workflows.service';

const tags = ['Workflows'];

const listRoute = createRoute({
  method: 'get',
  path: '/workflows',
  tags,
  summary: 'The automation platform’s workflows, by name, each with its gate',
  ...guard('workflows.read'),
  request: { query: WorkflowsQuery },
  responses: { 200: jsonResponse(WorkflowsPage, 'Workflows'), ...errorResponses },
});

const upsertRoute = createRoute({
  method: 'put',
  path: '/workflows',
  tags,
  summary: 'Insert or update workflows by (platform, externalId) (marketer, operations, token scope workflows:write)',
  description:
    'All or nothing: a bad row fails the whole call, and every bad row is named by its index. Audited per workflow.',
  ...guard('workflows.write'),
  request: jsonBody(UpsertWorkflowsInput),
  responses: { 200: jsonResponse(UpsertWorkflowsResult, 'Upserted'), ...errorResponses },
});

const getRoute = createRoute({
  method: 'get',
  path: '/workflows/{id}',
  tags,
  summary: 'One workflow with its gate',
  ...guard('workflows.read'),
  request: { params: z.object({ id: z.uuid('Not a workflow id') }) },
  responses: {
    200: jsonResponse(Workflow, 'The workflow'),
    404: { description: 'No such workflow' },
    ...errorResponses,
  },
});

export const workflowsRoutes = router()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await listWorkflows(c.get('db'), actor, c.req.valid('query')), 200);
  })
  .openapi(upsertRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await upsertWorkflows(c.get('db'), actor, c.req.valid('json')), 200);
  })
  .openapi(getRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await getWorkflow(c.get('db'), actor, c.req.valid('param')), 200);
  });
