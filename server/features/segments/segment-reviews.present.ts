import type { SegmentReviewState } from '#domain/schemas/segment-reviews';
import type { Criteria } from '#domain/segments/criteria';
import { nextReviewDue, reviewCadence, reviewState } from '#domain/segments/review-cadence';
import type { LatestReview } from './segment-reviews.repo';

type VersionFacts = { criteria: Criteria; approvedAt: Date; status: 'active' | 'retired' };

/** Where a segment's review stands; null for a retired segment, which needs none. */
export function reviewStateOf(v: VersionFacts, last: LatestReview | undefined, day: string): SegmentReviewState | null {
  if (v.status === 'retired') return null;
  const dueOn = nextReviewDue(v.criteria, v.approvedAt, last?.reviewedAt ?? null);
  return {
    cadence: reviewCadence(v.criteria),
    dueOn,
    state: reviewState(dueOn, day),
    lastReviewedAt: last?.reviewedAt.toISOString() ?? null,
    lastReviewedBy: last?.reviewedBy ?? null,
    lastNote: last?.note ?? null,
  };
}
