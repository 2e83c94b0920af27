import { createRoute, z } from '@hono/zod-openapi';
import {
  ActionInput,
  CompleteInput,
  NoteInput,
  Review,
  ReviewAction,
  ReviewMonthParam,
  ReviewNote,
  ReviewSummary,
} from '#domain/schemas/reviews';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { reviewMarkdown } from './reviews.markdown';
import {
  addAction,
  addNote,
  completeReview,
  getReview,
  listReviews,
  reviewForExport,
  startReview,
} from './reviews.service';

const tags = ['Monthly review'];
const params = { params: ReviewMonthParam };
const conflict = { 409: { description: '`review_completed`: the figures are frozen; only corrections are accepted' } };

const listRoute = createRoute({
  method: 'get',
  path: '/reviews',
  ...guard('reviews.read'),
  tags,
  summary: 'Reviews with their headline numbers, newest first (the current month always included)',
  responses: { 200: jsonResponse(z.object({ items: z.array(ReviewSummary) }), 'Reviews'), ...errorResponses },
});

const getRoute = createRoute({
  method: 'get',
  path: '/reviews/{month}',
  ...guard('reviews.read'),
  tags,
  summary: 'The fixed five-item agenda for a month, live while open and frozen once completed',
  request: params,
  responses: { 200: jsonResponse(Review, 'The review'), ...errorResponses },
});

const startRoute = createRoute({
  method: 'post',
  path: '/reviews/{month}/start',
  ...guard('reviews.participate', { person: true }),
  tags,
  summary: 'Start the 30-minute timer (a second start keeps the first)',
  request: params,
  responses: { 200: jsonResponse(Review, 'The review with its timer'), ...conflict, ...errorResponses },
});

const noteRoute = createRoute({
  method: 'post',
  path: '/reviews/{month}/notes',
  ...guard('reviews.participate', { person: true }),
  tags,
  summary: 'Add a note to an agenda item; after completion it is stored as a correction',
  request: { ...params, ...jsonBody(NoteInput) },
  responses: { 201: jsonResponse(ReviewNote, 'Added'), ...conflict, ...errorResponses },
});

const actionRoute = createRoute({
  method: 'post',
  path: '/reviews/{month}/actions',
  ...guard('reviews.participate', { person: true }),
  tags,
  summary: 'Add an action item (who, due date) to an agenda item of an open review',
  request: { ...params, ...jsonBody(ActionInput) },
  responses: { 201: jsonResponse(ReviewAction, 'Added'), ...conflict, ...errorResponses },
});

const completeRoute = createRoute({
  method: 'post',
  path: '/reviews/{month}/complete',
  ...guard('reviews.complete', { person: true }),
  tags,
  summary: 'Complete the review with the answer to “Where did pressure show up this month?”; freezes the figures',
  request: { ...params, ...jsonBody(CompleteInput) },
  responses: { 200: jsonResponse(Review, 'Completed'), ...conflict, ...errorResponses },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/reviews/{month}/export.md',
  ...guard('reviews.read'),
  tags,
  summary: 'The completed review as Markdown',
  request: params,
  responses: {
    200: { content: { 'text/markdown': { schema: z.string() } }, description: 'Markdown' },
    409: { description: '`review_open`: only a completed review is exported' },
    ...errorResponses,
  },
});

export const reviewsRoutes = router()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json({ items: await listReviews(c.get('db'), actor) }, 200);
  })
  .openapi(getRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await getReview(c.get('db'), actor, c.req.valid('param')), 200);
  })
  .openapi(startRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await startReview(c.get('db'), actor, c.req.valid('param')), 200);
  })
  .openapi(noteRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await addNote(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }), 201);
  })
  .openapi(actionRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await addAction(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }), 201);
  })
  .openapi(completeRoute, async (c) => {
    const actor = requireUser(c.get('actor'));
    return c.json(await completeReview(c.get('db'), actor, { ...c.req.valid('param'), ...c.req.valid('json') }), 200);
  })
  .openapi(exportRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const { month } = c.req.valid('param');
    const review = await reviewForExport(c.get('db'), actor, { month });
    c.header('Content-Disposition', `attachment; filename="charter-review-${month}.md"`);
    return c.body(reviewMarkdown(review), 200, { 'Content-Type': 'text/markdown; charset=utf-8' }) as never;
  });
