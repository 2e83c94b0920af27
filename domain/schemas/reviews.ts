import { z } from 'zod';
import {
  ITEM_MINUTES,
  PRESSURE_QUESTION,
  REVIEW_EXCEPTION_OUTCOMES,
  REVIEW_ITEM_LABELS,
  REVIEW_ITEMS,
  REVIEW_MINUTES,
} from '#domain/reviews/agenda';
import { isoDate, Month } from './dates';
import { ReasonCode, Violation } from './firewall';
import { text } from './strings';

// The agenda's constants live in domain/reviews/agenda.ts (no zod there, for the review's first load).
export { ITEM_MINUTES, PRESSURE_QUESTION, REVIEW_ITEM_LABELS, REVIEW_ITEMS, REVIEW_MINUTES };
export const EXCEPTION_OUTCOMES = REVIEW_EXCEPTION_OUTCOMES;
export const ReviewItem = z.enum(REVIEW_ITEMS);
export type ReviewItem = z.infer<typeof ReviewItem>;
export const ReviewExceptionOutcome = z.enum(REVIEW_EXCEPTION_OUTCOMES);
export type ReviewExceptionOutcome = z.infer<typeof ReviewExceptionOutcome>;

const int = () => z.number().int();
/** Whole days in segment → stays of that length that ended in the month, and open stays of that age. */
const DayBucket = z.object({ days: int(), ended: int(), open: int() });

export const DwellSegment = z.object({
  key: z.string(),
  name: z.string(),
  version: int(),
  expected: z.object({ min: int(), max: int() }),
  /** Stays that ended in the month and stays still open at its end (at "now" for the running month). */
  current: z.object({
    stays: int(),
    ended: int(),
    open: int(),
    median: z.number().nullable(),
    endedMedian: z.number().nullable(),
    p25: z.number().nullable(),
    p75: z.number().nullable(),
    shareBelow: z.number(),
    shareAbove: z.number(),
    /** The distribution, for the chart. */
    histogram: z.array(DayBucket),
  }),
  /** The three months before, oldest first. */
  previous: z.array(z.object({ month: z.string(), stays: int(), median: z.number().nullable() })),
  flags: z.array(z.enum(['median_below', 'median_above', 'share_outside'])),
});
export type DwellSegment = z.infer<typeof DwellSegment>;

export const DisallowedTransition = z.object({
  from: z.string(),
  to: z.string(),
  /** The version of `from` in force when the contact moved, and the moves it allowed. */
  fromVersion: int(),
  allowed: z.array(z.string()),
  count: int(),
});
export type DisallowedTransition = z.infer<typeof DisallowedTransition>;

export const ExceptionRequestItem = z.object({
  id: z.string(),
  submittedAt: z.string(),
  requester: z.string(),
  segment: z.string().nullable(),
  riskCategory: z.string().nullable(),
  outcome: ReviewExceptionOutcome,
  proposalId: z.string().nullable(),
});

export const CountBy = z.object({ key: z.string().nullable(), count: int() });

export const ReviewAgenda = z
  .strictObject({
    pauseViolations: z.object({ count: int(), target: z.literal(0), items: z.array(Violation) }),
    dwellAnomalies: z.object({
      /** The share of stays outside the expected range that flags a segment. */
      outsideShareThreshold: z.number(),
      flaggedCount: int(),
      segments: z.array(DwellSegment),
      transitions: z.object({ count: int(), items: z.array(DisallowedTransition) }),
    }),
    suppressedVolume: z.object({
      /** Blocked decisions this month; one decision counts once. */
      total: int(),
      lastMonthTotal: int(),
      /** Check requests that blocked a contact for a segment reason: often the firewall doing its job. */
      segmentUnsafeAttempts: int(),
      /** Per ISO week (Monday, UTC), segment and reason; a decision counts under each of its reasons. */
      items: z.array(
        z.object({ weekStart: z.string(), segment: z.string().nullable(), reason: ReasonCode, count: int() }),
      ),
    }),
    exceptionRequests: z.object({
      total: int(),
      byOutcome: z.object({ withdrawn: int(), logic_review: int(), approved: int(), rejected: int() }),
      items: z.array(ExceptionRequestItem),
    }),
    pressure: z.object({
      overrideAttempts: int(),
      byTeam: z.array(CountBy),
      bySegment: z.array(CountBy),
      /** Who tried, for the owner only; null for everyone else (patterns, not people). */
      people: z.array(z.object({ actor: z.string(), team: z.string().nullable(), count: int() })).nullable(),
      answer: z.string().nullable(),
    }),
  })
  .meta({ id: 'ReviewAgenda' });
export type ReviewAgenda = z.infer<typeof ReviewAgenda>;

const Person = z.object({ id: z.string(), name: z.string() });

export const ReviewNote = z.object({
  id: int(),
  item: ReviewItem,
  body: z.string(),
  kind: z.enum(['note', 'correction']),
  findings: int(),
  author: Person,
  at: z.string(),
});
export type ReviewNote = z.infer<typeof ReviewNote>;

export const ReviewAction = z.object({
  id: int(),
  item: ReviewItem,
  description: z.string(),
  findings: int(),
  assignee: Person.nullable(),
  due: z.string().nullable(),
  createdBy: Person,
  at: z.string(),
});
export type ReviewAction = z.infer<typeof ReviewAction>;

export const Review = z
  .object({
    month: z.string(),
    status: z.enum(['open', 'completed']),
    agenda: ReviewAgenda,
    notes: z.array(ReviewNote),
    actions: z.array(ReviewAction),
    timerStartedAt: z.string().nullable(),
    timerStartedBy: Person.nullable(),
    completedAt: z.string().nullable(),
    completedBy: Person.nullable(),
  })
  .meta({ id: 'Review' });
export type Review = z.infer<typeof Review>;

export const ReviewHeadline = z.object({
  pauseViolations: int(),
  dwellAnomalies: int(),
  disallowedTransitions: int(),
  suppressed: int(),
  exceptionRequests: int(),
  overrideAttempts: int(),
});
export type ReviewHeadline = z.infer<typeof ReviewHeadline>;

export const ReviewSummary = z
  .object({
    month: z.string(),
    status: z.enum(['open', 'completed']),
    completedAt: z.string().nullable(),
    completedBy: Person.nullable(),
    headline: ReviewHeadline,
  })
  .meta({ id: 'ReviewSummary' });
export type ReviewSummary = z.infer<typeof ReviewSummary>;

export const ReviewMonthParam = z.object({ month: Month });

export const NoteInput = z
  .strictObject({
    item: ReviewItem,
    body: text().trim().min(1, 'Write the note').max(5000),
    /** After completion only corrections are accepted; a note is a correction by default then. */
    kind: z.enum(['note', 'correction']).optional(),
  })
  .meta({ id: 'ReviewNoteInput' });
export type NoteInput = z.infer<typeof NoteInput>;

export const ActionInput = z
  .strictObject({
    item: ReviewItem,
    description: text().trim().min(1, 'Say what will be done').max(2000),
    assigneeId: z.uuid('Pick a person from the list').optional(),
    due: isoDate('Use a date like 2026-12-15').optional(),
  })
  .meta({ id: 'ReviewActionInput' });
export type ActionInput = z.infer<typeof ActionInput>;

export const CompleteInput = z
  .strictObject({
    pressureAnswer: text({ error: `Answer “${PRESSURE_QUESTION}” to complete the review` })
      .trim()
      .min(1, `Answer “${PRESSURE_QUESTION}” to complete the review`)
      .max(5000),
  })
  .meta({ id: 'CompleteReviewInput' });
export type CompleteInput = z.infer<typeof CompleteInput>;
