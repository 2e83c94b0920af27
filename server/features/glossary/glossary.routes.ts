import { createRoute, z } from '@hono/zod-openapi';
import {
  GlossaryEntry,
  GlossaryExportQuery,
  GlossaryTermInput,
  GlossaryUsage,
  GlossaryUsageQuery,
  ImportGlossaryInput,
  ImportGlossaryResult,
  UpdateGlossaryTermInput,
} from '#domain/schemas/glossary';
import { requireActor } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { archiveTerm, createTerm, glossaryUsage, listGlossary, updateTerm } from './glossary.service';
import { exportGlossary, exportGlossaryCsv, importGlossary } from './glossary-transfer.service';

const tags = ['Glossary'];
const IdParam = z.object({ id: z.uuid('Not a glossary term id') });
const conflict = { 409: { description: '`phrase_taken`: the phrase is already a glossary term' } };

const listRoute = createRoute({
  method: 'get',
  path: '/glossary',
  ...guard('glossary.read'),
  tags,
  summary: 'The glossary: retired terms (reason, replacements) and promoted terms (definition)',
  responses: { 200: jsonResponse(z.object({ items: z.array(GlossaryEntry) }), 'Terms'), ...errorResponses },
});

const createTermRoute = createRoute({
  method: 'post',
  path: '/glossary',
  ...guard('glossary.manage', { person: true }),
  tags,
  summary: 'Add a term (owner); a phrase taken out earlier is restored',
  request: jsonBody(GlossaryTermInput),
  responses: { 201: jsonResponse(GlossaryEntry, 'Created'), ...conflict, ...errorResponses },
});

const updateRoute = createRoute({
  method: 'patch',
  path: '/glossary/{id}',
  ...guard('glossary.manage', { person: true }),
  tags,
  summary: 'Edit a term (owner)',
  request: { params: IdParam, ...jsonBody(UpdateGlossaryTermInput) },
  responses: {
    200: jsonResponse(GlossaryEntry, 'Updated'),
    404: { description: 'No such term in the glossary' },
    ...conflict,
    ...errorResponses,
  },
});

const archiveRoute = createRoute({
  method: 'post',
  path: '/glossary/{id}/archive',
  ...guard('glossary.manage', { person: true }),
  tags,
  summary: 'Take a term out of the glossary (owner); it is no longer linted or listed',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(GlossaryEntry, 'Taken out'),
    404: { description: 'No such term in the glossary' },
    ...errorResponses,
  },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/glossary/export',
  ...guard('glossary.read'),
  tags,
  summary: 'The glossary as a file that imports back unchanged',
  request: { query: GlossaryExportQuery },
  responses: {
    200: {
      content: {
        'application/json': { schema: z.object({ items: z.array(GlossaryTermInput) }) },
        'text/csv': { schema: z.string() },
      },
      description: 'JSON `{items}` or CSV (one row per term; lists one entry per line inside the cell)',
    },
    ...errorResponses,
  },
});

const importRoute = createRoute({
  method: 'post',
  path: '/glossary/import',
  ...guard('glossary.manage', { person: true }),
  tags,
  summary: 'Add or update terms by phrase (owner); all or nothing, row errors named by index',
  request: jsonBody(ImportGlossaryInput),
  responses: { 200: jsonResponse(ImportGlossaryResult, 'Imported'), ...errorResponses },
});

const usageRoute = createRoute({
  method: 'get',
  path: '/glossary/usage',
  ...guard('glossary.read'),
  tags,
  summary: 'Retired language found in submitted text, by term and calendar month (UTC)',
  request: { query: GlossaryUsageQuery },
  responses: { 200: jsonResponse(GlossaryUsage, 'Findings by month and term'), ...errorResponses },
});

export const glossaryRoutes = router()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json({ items: await listGlossary(c.get('db'), actor) }, 200);
  })
  .openapi(createTermRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await createTerm(c.get('db'), actor, c.req.valid('json')), 201);
  })
  .openapi(updateRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await updateTerm(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }), 200);
  })
  .openapi(archiveRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await archiveTerm(c.get('db'), actor, c.req.valid('param')), 200);
  })
  .openapi(exportRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { format } = c.req.valid('query');
    const db = c.get('db');
    c.header('Content-Disposition', `attachment; filename="charter-glossary.${format}"`);
    if (format === 'csv') {
      return c.body(await exportGlossaryCsv(db, actor), 200, { 'Content-Type': 'text/csv; charset=utf-8' }) as never;
    }
    return c.json({ items: await exportGlossary(db, actor) }, 200);
  })
  .openapi(importRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await importGlossary(c.get('db'), actor, c.req.valid('json')), 200);
  })
  .openapi(usageRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await glossaryUsage(c.get('db'), actor, c.req.valid('query')), 200);
  });
