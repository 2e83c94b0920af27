import { createRoute, z } from '@hono/zod-openapi';
import { diagnosticMarkdown } from '#domain/instruments/diagnostic-markdown';
import { CreateDiagnosticInput, Diagnostic, DiagnosticIdParam, DiagnosticList } from '#domain/schemas/diagnostics';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { getDiagnostic, listDiagnostics, takeDiagnostic } from './diagnostics.service';

const tags = ['Journey diagnostic'];

const listRoute = createRoute({
  method: 'get',
  path: '/diagnostics',
  tags,
  summary: 'Diagnostics taken, newest first, and what Charter observes now to pre-fill the next one',
  ...guard('diagnostics.read'),
  responses: { 200: jsonResponse(DiagnosticList, 'Diagnostics'), ...errorResponses },
});

const createRouteDef = createRoute({
  method: 'post',
  path: '/diagnostics',
  tags,
  summary: 'Take the journey diagnostic (owner, operations): every question scored 0 to 4 with a note',
  description: 'Notes are linted. Audited as `diagnostics.taken`.',
  ...guard('diagnostics.take', { person: true }),
  request: jsonBody(CreateDiagnosticInput),
  responses: { 201: jsonResponse(Diagnostic, 'The scored report'), ...errorResponses },
});

const getRoute = createRoute({
  method: 'get',
  path: '/diagnostics/{id}',
  tags,
  summary: 'A diagnostic’s scored report, compared with the one before it',
  ...guard('diagnostics.read'),
  request: { params: DiagnosticIdParam },
  responses: {
    200: jsonResponse(Diagnostic, 'The report'),
    404: { description: 'No such diagnostic' },
    ...errorResponses,
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/diagnostics/{id}/export.md',
  tags,
  summary: 'A diagnostic’s report as Markdown',
  ...guard('diagnostics.read'),
  request: { params: DiagnosticIdParam },
  responses: {
    200: { content: { 'text/markdown': { schema: z.string() } }, description: 'Markdown' },
    404: { description: 'No such diagnostic' },
    ...errorResponses,
  },
});

// Each route's guard checks its permission before the request is validated.
export const diagnosticsRoutes = router()
  .openapi(listRoute, async (c) => {
    return c.json(await listDiagnostics(c.get('db'), requireActor(c.get('actor'))), 200);
  })
  .openapi(createRouteDef, async (c) => {
    return c.json(await takeDiagnostic(c.get('db'), requireUser(c.get('actor')), c.req.valid('json')), 201);
  })
  .openapi(getRoute, async (c) => {
    return c.json(await getDiagnostic(c.get('db'), requireActor(c.get('actor')), c.req.valid('param')), 200);
  })
  .openapi(exportRoute, async (c) => {
    const d = await getDiagnostic(c.get('db'), requireActor(c.get('actor')), c.req.valid('param'));
    c.header('Content-Disposition', `attachment; filename="charter-diagnostic-${d.takenAt.slice(0, 10)}.md"`);
    return c.body(diagnosticMarkdown(d), 200, { 'Content-Type': 'text/markdown; charset=utf-8' }) as never;
  });
