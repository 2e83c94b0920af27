import type { SegmentReviewState } from '#domain/schemas/segment-reviews';
import { Badge } from '#src/components/ui/badge';

export const CADENCE_WORDS = { quarterly: 'every quarter', yearly: 'every year' } as const;

/** A segment's review date with its state in words: calm until due, a warning when overdue. */
export function ReviewBadge({ review }: { review: SegmentReviewState }) {
  if (review.state === 'overdue') return <Badge tone="danger">Review overdue</Badge>;
  if (review.state === 'due') return <Badge tone="warning">Review due</Badge>;
  return null;
}
