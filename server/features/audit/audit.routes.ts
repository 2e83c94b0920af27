import { createRoute, z } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import {
  AuditCheckpointStatus,
  AuditEntry,
  AuditQuery,
  AuditStream,
  AuditStreamQuery,
  AuditVerifyResult,
} from '#domain/schemas/audit';
import { requireActor } from '#server/auth/policy';
import { jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { auditCsv, getAuditCheckpoint, listAudit, verifyAudit } from './audit.service';
import { auditNdjson, auditStream } from './audit-export.service';

const tags = ['Audit'];

const listRoute = createRoute({
  method: 'get',
  path: '/audit',
  ...guard('audit.read'),
  tags,
  summary: 'Audit entries, newest first, filtered and paged by cursor',
  request: { query: AuditQuery },
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(AuditEntry), nextCursor: z.string().optional(), total: z.number().optional() }),
      'A page of entries; `total` on the first page only',
    ),
    ...errorResponses,
  },
});

const verifyRoute = createRoute({
  method: 'get',
  path: '/audit/verify',
  ...guard('audit.read'),
  tags,
  summary: 'Walk the hash chain and report the first entry that does not hold',
  description:
    'Checks every link and hash, each keyed hash when this instance holds the audit key, and that the log still ' +
    'reaches the checkpoint kept outside the database (docs/decisions/002).',
  responses: { 200: jsonResponse(AuditVerifyResult, 'Verification result'), ...errorResponses },
});

const checkpointRoute = createRoute({
  method: 'get',
  path: '/audit/checkpoint',
  ...guard('audit.read'),
  tags,
  summary: "The last checkpoint of the chain's head that this instance keeps outside the database",
  responses: { 200: jsonResponse(AuditCheckpointStatus, 'The last checkpoint'), ...errorResponses },
});

const csvRoute = createRoute({
  method: 'get',
  path: '/audit/export.csv',
  ...guard('audit.read'),
  tags,
  summary: 'The filtered log as CSV',
  request: { query: AuditQuery.omit({ limit: true, cursor: true }) },
  responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV' }, ...errorResponses },
});

const ndjsonRoute = createRoute({
  method: 'get',
  path: '/audit/export.ndjson',
  tags,
  summary: 'The filtered log as NDJSON, oldest first, with what a verifier needs',
  description:
    'One entry per line with `prevHash`, `hash` and the keyed hash `mac`, so a range verifies without the database: ' +
    '`npm run audit:verify -- --file export.ndjson` checks every hash and link, and with AUDIT_KEY every keyed hash.',
  ...guard('audit.read'),
  request: { query: AuditQuery.omit({ limit: true, cursor: true }) },
  responses: {
    200: { content: { 'application/x-ndjson': { schema: z.string() } }, description: 'NDJSON' },
    ...errorResponses,
  },
});

const streamRoute = createRoute({
  method: 'get',
  path: '/audit/stream',
  tags,
  summary: 'For collectors that pull (a SIEM): the entries after the last one they have, oldest first',
  ...guard('audit.read'),
  request: { query: AuditStreamQuery },
  responses: { 200: jsonResponse(AuditStream, 'Entries and where to continue'), ...errorResponses },
});

export const auditRoutes = router()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await listAudit(c.get('db'), actor, c.req.valid('query')), 200);
  })
  .openapi(verifyRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await verifyAudit(c.get('db'), actor, c.get('deps').audit), 200);
  })
  .openapi(checkpointRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await getAuditCheckpoint(c.get('db'), actor, c.get('deps').audit), 200);
  })
  .openapi(csvRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const query = c.req.valid('query');
    const db = c.get('db');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="charter-audit.csv"');
    return stream(c, async (s) => {
      for await (const chunk of auditCsv(db, actor, query)) await s.write(chunk);
    }) as never;
  })
  .openapi(ndjsonRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const query = c.req.valid('query');
    const db = c.get('db');
    c.header('Content-Type', 'application/x-ndjson; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="charter-audit.ndjson"');
    return stream(c, async (s) => {
      for await (const chunk of auditNdjson(db, actor, query)) await s.write(chunk);
    }) as never;
  })
  .openapi(streamRoute, async (c) => {
    return c.json(await auditStream(c.get('db'), requireActor(c.get('actor')), c.req.valid('query')), 200);
  });
