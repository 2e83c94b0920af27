/**
 * The monthly review's fixed agenda (docs/review.md) and its timeboxes. Plain constants without zod,
 * so the review page does not load the schema library with its first screen
 * (docs/decisions/019-what-loads-first.md); domain/schemas/reviews.ts builds its enums from these.
 */
export const REVIEW_ITEMS = [
  'pauseViolations',
  'dwellAnomalies',
  'suppressedVolume',
  'exceptionRequests',
  'pressure',
] as const;
export type ReviewItem = (typeof REVIEW_ITEMS)[number];

export const REVIEW_ITEM_LABELS: Record<ReviewItem, string> = {
  pauseViolations: 'Pause violations',
  dwellAnomalies: 'Segment dwell anomalies',
  suppressedVolume: 'Suppressed campaign volume',
  exceptionRequests: 'Exception requests',
  pressure: 'Pressure',
};

export const PRESSURE_QUESTION = 'Where did pressure show up this month?';
export const REVIEW_MINUTES = 30;
/** Each agenda item's timebox; five of them fill the half hour. */
export const ITEM_MINUTES = 6;

/** The outcomes a review counts: drafts are not requests yet. */
export const REVIEW_EXCEPTION_OUTCOMES = ['withdrawn', 'logic_review', 'approved', 'rejected'] as const;
