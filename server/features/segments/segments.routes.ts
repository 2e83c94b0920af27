import { createRoute, z } from '@hono/zod-openapi';
import { PageQuery, pageOf } from '#domain/schemas/common';
import { MarkReviewedInput, SegmentReview, SegmentReviewState } from '#domain/schemas/segment-reviews';
import {
  ImpactInput,
  ImpactPreview,
  SegmentDetail,
  SegmentKey,
  SegmentMember,
  SegmentSummary,
  SegmentVersion,
} from '#domain/schemas/segments';
import { requireActor, requireUser } from '#server/auth/policy';
import { jsonBody, jsonResponse } from '#server/http/json';
import { guard } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { listReviews, markReviewed } from './segment-reviews.service';
import { getSegment, listSegmentMembers, listSegments, listSegmentVersions, previewImpact } from './segments.service';

const tags = ['Segments'];
const KeyParam = z.object({ key: SegmentKey });
const notFound = { 404: { description: 'No such segment' } };

const listRoute = createRoute({
  method: 'get',
  path: '/segments',
  ...guard('segments.read'),
  tags,
  summary: 'Every segment with its current version and member count, in evaluation order',
  responses: { 200: jsonResponse(z.object({ items: z.array(SegmentSummary) }), 'Segments'), ...errorResponses },
});

const detailRoute = createRoute({
  method: 'get',
  path: '/segments/{key}',
  ...guard('segments.read'),
  tags,
  summary: 'A segment and its current version (proposedBy and approvedBy are display names)',
  request: { params: KeyParam },
  responses: { 200: jsonResponse(SegmentDetail, 'Segment'), ...notFound, ...errorResponses },
});

const versionsRoute = createRoute({
  method: 'get',
  path: '/segments/{key}/versions',
  ...guard('segments.read'),
  tags,
  summary: 'Every immutable version, newest first, with the rationale it was approved on',
  request: { params: KeyParam },
  responses: {
    200: jsonResponse(z.object({ items: z.array(SegmentVersion) }), 'Versions'),
    ...notFound,
    ...errorResponses,
  },
});

const membersRoute = createRoute({
  method: 'get',
  path: '/segments/{key}/members',
  ...guard('segments.read'),
  tags,
  summary: 'Contacts currently in the segment, most recently entered first, paged by cursor',
  request: { params: KeyParam, query: PageQuery },
  responses: { 200: jsonResponse(pageOf(SegmentMember), 'A page of members'), ...notFound, ...errorResponses },
});

const impactRoute = createRoute({
  method: 'post',
  path: '/segments/impact',
  ...guard('segments.read'),
  tags,
  summary: 'How membership would change if this definition were current (nothing is written)',
  request: jsonBody(ImpactInput),
  responses: { 200: jsonResponse(ImpactPreview, 'Counts over all contacts'), ...errorResponses },
});

const reviewRoute = createRoute({
  method: 'post',
  path: '/segments/{key}/review',
  tags,
  summary: 'Mark a segment reviewed with a note (owner): sets its next review date',
  description:
    'Quarterly for rules with a time-relative condition, yearly for the rest. Audited as `segments.reviewed`.',
  ...guard('segments.review', { person: true }),
  request: { params: KeyParam, ...jsonBody(MarkReviewedInput) },
  responses: {
    200: jsonResponse(SegmentReviewState, 'Reviewed'),
    ...notFound,
    409: { description: '`segment_retired`' },
    ...errorResponses,
  },
});

const reviewsRoute = createRoute({
  method: 'get',
  path: '/segments/{key}/reviews',
  tags,
  summary: 'The reviews of a segment, newest first',
  ...guard('segments.read'),
  request: { params: KeyParam },
  responses: {
    200: jsonResponse(z.object({ items: z.array(SegmentReview) }), 'Reviews'),
    ...notFound,
    ...errorResponses,
  },
});

export const segmentsRoutes = router()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json({ items: await listSegments(c.get('db'), actor) }, 200);
  })
  .openapi(impactRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await previewImpact(c.get('db'), actor, c.req.valid('json')), 200);
  })
  .openapi(detailRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json(await getSegment(c.get('db'), actor, c.req.valid('param')), 200);
  })
  .openapi(versionsRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    return c.json({ items: await listSegmentVersions(c.get('db'), actor, c.req.valid('param')) }, 200);
  })
  .openapi(reviewRoute, async (c) => {
    const input = { ...c.req.valid('param'), ...c.req.valid('json') };
    return c.json(await markReviewed(c.get('db'), requireUser(c.get('actor')), input), 200);
  })
  .openapi(reviewsRoute, async (c) => {
    return c.json({ items: await listReviews(c.get('db'), requireActor(c.get('actor')), c.req.valid('param')) }, 200);
  })
  .openapi(membersRoute, async (c) => {
    const actor = requireActor(c.get('actor'));
    const input = { ...c.req.valid('param'), ...c.req.valid('query') };
    return c.json(await listSegmentMembers(c.get('db'), actor, input), 200);
  });
