import { z } from 'zod';
import { IsoDateTime } from './common';
import { CreateProposalInput, PROPOSAL_KINDS, UserRef } from './segments';
import { text } from './strings';

/**
 * Follow-ups with measured impact (docs/rules.md, "Follow-ups"): each approved change is looked at
 * again 7, 30 and 90 days after approval, with its segment's figures before and after, and the
 * owner records whether to keep, adjust or revert it.
 */

export const CHECKPOINT_DAYS = [7, 30, 90] as const;
export type CheckpointDays = (typeof CHECKPOINT_DAYS)[number];

export const FOLLOW_UP_OUTCOMES = ['kept', 'adjust', 'revert'] as const;
export const FollowUpOutcome = z.enum(FOLLOW_UP_OUTCOMES);
export type FollowUpOutcome = z.infer<typeof FollowUpOutcome>;

/** One segment's figures over a window [from, to), as GET /api/metrics/segments/{key} gives them. */
export const SegmentFigures = z
  .object({
    segmentKey: z.string(),
    from: z.string(),
    /** The end of the window, never later than now. */
    to: z.string(),
    /** Whether the window has ended; an unfinished one is counted up to now. */
    complete: z.boolean(),
    /** Contacts in the segment at the end of the window. */
    members: z.number().int(),
    /** Median whole days of the stays that ended in the window and those still open at its end. */
    medianDwellDays: z.number().nullable(),
    /** Moves into or out of the segment in the window that its allowed transitions did not list. */
    movesOutsideTransitions: z.number().int(),
    /** Blocked decisions for contacts in the segment. */
    suppressed: z.number().int(),
    /** Pause violations in the segment, by the time of the send. */
    violations: z.number().int(),
  })
  .meta({ id: 'SegmentFigures' });
export type SegmentFigures = z.infer<typeof SegmentFigures>;

/** Longest window the figures cover: the 90-day checkpoint with room to spare. */
export const MAX_WINDOW_DAYS = 400;

export const SegmentFiguresQuery = z
  .strictObject({ from: IsoDateTime, to: IsoDateTime })
  .refine((q) => Date.parse(q.from) < Date.parse(q.to), { message: 'from must be before to', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= MAX_WINDOW_DAYS * 86_400_000, {
    message: `A window spans at most ${MAX_WINDOW_DAYS} days`,
    path: ['to'],
  });

export const CheckpointOutcome = z.object({
  outcome: FollowUpOutcome,
  note: z.string(),
  noteFindings: z.number().int(),
  by: UserRef,
  at: z.string(),
  /** The proposal a revert opened. */
  proposalId: z.string().nullable(),
});

export const FollowUpCheckpoint = z.object({
  days: z.number().int(),
  /** YYYY-MM-DD */
  dueOn: z.string(),
  reached: z.boolean(),
  /** The same length of time before the approval. */
  before: SegmentFigures,
  /** From the approval, up to now until the checkpoint is reached. */
  after: SegmentFigures,
  /**
   * The readout of the last pilot of this change, the same at every checkpoint (it ran before the
   * approval); null when no pilot ran.
   */
  pilot: z
    .object({ id: z.uuid(), endedAt: z.string().nullable(), summary: z.string(), verdicts: z.array(z.string()) })
    .nullable(),
  outcome: CheckpointOutcome.nullable(),
});

export const FollowUpImpact = z
  .object({
    proposalId: z.string(),
    kind: z.enum(PROPOSAL_KINDS),
    segmentKey: z.string(),
    version: z.number().int().nullable(),
    approvedAt: z.string(),
    /** The next checkpoint that has been reached and has no outcome; null when none waits. */
    dueCheckpoint: z.number().int().nullable(),
    checkpoints: z.array(FollowUpCheckpoint),
  })
  .meta({ id: 'FollowUpImpact' });
export type FollowUpImpact = z.infer<typeof FollowUpImpact>;

export const RecordFollowUpInput = z
  .strictObject({
    checkpoint: z.union(CHECKPOINT_DAYS.map((d) => z.literal(d))),
    outcome: FollowUpOutcome,
    note: text().trim().min(10, 'Say what the figures showed, in at least 10 characters').max(2000),
  })
  .meta({ id: 'RecordFollowUpInput' });
export type RecordFollowUpInput = z.infer<typeof RecordFollowUpInput>;

export const FollowUpRecorded = z
  .object({
    followUp: FollowUpImpact,
    /** revert: the proposal it opened, waiting for a decision. */
    openedProposalId: z.string().nullable(),
    /** adjust: a proposal to start from, prefilled with the segment as it is now; nothing is filed yet. */
    prefill: CreateProposalInput.nullable(),
  })
  .meta({ id: 'FollowUpRecorded' });
