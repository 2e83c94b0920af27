import { z } from 'zod';
import { text } from './strings';

/** A segment's review cadence and where it stands (docs/rules.md, "Segment review cadence"). */
export const SegmentReviewState = z
  .object({
    /** quarterly for rules that move people with time, yearly for the rest. */
    cadence: z.enum(['quarterly', 'yearly']),
    /** YYYY-MM-DD */
    dueOn: z.string(),
    /** ok; due: within two weeks; overdue: past its date. */
    state: z.enum(['ok', 'due', 'overdue']),
    lastReviewedAt: z.string().nullable(),
    lastReviewedBy: z.string().nullable(),
    lastNote: z.string().nullable(),
  })
  .meta({ id: 'SegmentReviewState' });
export type SegmentReviewState = z.infer<typeof SegmentReviewState>;

export const MarkReviewedInput = z
  .strictObject({
    note: text().trim().min(10, 'Say what you checked, in at least 10 characters').max(2000),
  })
  .meta({ id: 'MarkReviewedInput' });

export const SegmentReview = z
  .object({
    version: z.number().int(),
    note: z.string(),
    noteFindings: z.number().int(),
    reviewedBy: z.string(),
    reviewedAt: z.string(),
    nextDue: z.string(),
  })
  .meta({ id: 'SegmentReview' });
