import { createRoute, z } from '@hono/zod-openapi';
import {
  CreateExceptionInput,
  ExceptionCreated,
  ExceptionDetail,
  ExceptionDraft,
  ExceptionListItem,
  ExceptionsQuery,
  ExceptionsSummary,
  SaveExceptionDraftInput,
} from '#domain/schemas/exceptions';
import { requireActor, requireUser } from '#server/auth/policy';
import type { Actor } from '#server/core/actor';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { createDraft, discardDraft, getDraft, saveDraft } from './exception-drafts.service';
import { exceptionsSummary, fileException, getException, listExceptions } from './exceptions.service';

const tags = ['Exceptions'];
const IdParam = z.object({ id: z.uuid('Not an exception request id') });
const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, 'Use 1–200 visible ASCII characters, e.g. a UUID')
    .optional()
    .openapi({ description: 'A retry with the same key returns the first result and files nothing new.' }),
});

/** Filing and drafting are done by a person: the request and its proposal name them. */
const requester = (actor: Actor | null) => requireUser(actor);

const fileRoute = createRoute({
  method: 'post',
  path: '/exceptions',
  ...guard('exceptions.file', { person: true }),
  tags,
  summary: 'File an exception request: name the segment, name the risk, then a logic review or withdraw',
  description:
    'There is no send-once path: any other key (sendOnce, override, …) is refused with 422. A logic review opens a ' +
    'change proposal (kind update, base = the current version) in the same transaction. `draftId` files a saved draft.',
  request: { headers: IdempotencyHeaders, ...jsonBody(CreateExceptionInput) },
  responses: {
    201: jsonResponse(ExceptionCreated, 'Filed; a retry with the same Idempotency-Key returns this again'),
    409: { description: '`segment_retired`, `already_filed` or `idempotency_key_reused`' },
    ...errorResponses,
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/exceptions',
  ...guard('exceptions.read'),
  tags,
  summary: 'Exception requests with their outcome; drafts are visible only to their requester',
  request: { query: ExceptionsQuery },
  responses: { 200: jsonResponse(z.object({ items: z.array(ExceptionListItem) }), 'Requests'), ...errorResponses },
});

const summaryRoute = createRoute({
  method: 'get',
  path: '/exceptions/summary',
  ...guard('exceptions.read'),
  tags,
  summary: 'How many logic reviews from exception requests wait for a decision',
  responses: { 200: jsonResponse(ExceptionsSummary, 'Counts'), ...errorResponses },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/exceptions/{id}',
  ...guard('exceptions.read'),
  tags,
  summary: 'One request with its timeline: filed → logic review → approved or rejected, or withdrawn',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(ExceptionDetail, 'The request'),
    404: { description: 'No such request' },
    ...errorResponses,
  },
});

const createDraftRoute = createRoute({
  method: 'post',
  path: '/exceptions/drafts',
  ...guard('exceptions.file', { person: true }),
  tags,
  summary: 'Start a draft of an exception request (saved as the wizard goes)',
  request: jsonBody(SaveExceptionDraftInput),
  responses: { 201: jsonResponse(ExceptionDraft, 'Draft saved'), ...errorResponses },
});

const draftResponses = {
  404: { description: 'No such draft of yours' },
  409: { description: '`already_filed`: the draft became a request' },
  ...errorResponses,
};

const getDraftRoute = createRoute({
  method: 'get',
  path: '/exceptions/drafts/{id}',
  ...guard('exceptions.file', { person: true }),
  tags,
  summary: 'Resume one of your drafts',
  request: { params: IdParam },
  responses: { 200: jsonResponse(ExceptionDraft, 'The draft'), ...draftResponses },
});

const saveDraftRoute = createRoute({
  method: 'put',
  path: '/exceptions/drafts/{id}',
  ...guard('exceptions.file', { person: true }),
  tags,
  summary: 'Save the wizard’s state into your draft',
  request: { params: IdParam, ...jsonBody(SaveExceptionDraftInput) },
  responses: { 200: jsonResponse(ExceptionDraft, 'Draft saved'), ...draftResponses },
});

const discardDraftRoute = createRoute({
  method: 'delete',
  path: '/exceptions/drafts/{id}',
  ...guard('exceptions.file', { person: true }),
  tags,
  summary: 'Discard one of your drafts',
  request: { params: IdParam },
  responses: { 204: { description: 'Discarded' }, ...draftResponses },
});

export const exceptionsRoutes = router()
  .openapi(summaryRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await exceptionsSummary(c.get('db'), actor), 200);
  })
  .openapi(createDraftRoute, async (c) => {
    const actor = requester(c.get('actor'));
    return c.json(await createDraft(c.get('db'), actor, c.req.valid('json')), 201);
  })
  .openapi(getDraftRoute, async (c) => {
    const actor = requester(c.get('actor'));
    return c.json(await getDraft(c.get('db'), actor, c.req.valid('param')), 200);
  })
  .openapi(saveDraftRoute, async (c) => {
    const actor = requester(c.get('actor'));
    return c.json(await saveDraft(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }), 200);
  })
  .openapi(discardDraftRoute, async (c) => {
    const actor = requester(c.get('actor'));
    await discardDraft(c.get('db'), actor, c.req.valid('param'));
    return c.body(null, 204);
  })
  .openapi(fileRoute, async (c) => {
    const actor = requester(c.get('actor'));
    const idempotencyKey = c.req.valid('header')['idempotency-key'] ?? null;
    return c.json(await fileException(c.get('db'), actor, { ...c.req.valid('json'), idempotencyKey }), 201);
  })
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const q = c.req.valid('query');
    if (q.mine === 'true') requireUser(actor);
    return c.json({ items: await listExceptions(c.get('db'), actor, q) }, 200);
  })
  .openapi(detailRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await getException(c.get('db'), actor, c.req.valid('param')), 200);
  });
