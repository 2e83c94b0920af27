import { z } from 'zod';
import { PILOT_DAYS, PILOT_SHARE } from '../pilots/cohort';
import { isoDateTime } from './dates';
import { ExternalId, text } from './strings';
import { WorkflowRef } from './workflows';

export const StartPilotInput = z
  .strictObject({
    /** Percent of the contacts the change would move that are decided by the proposal. */
    share: z
      .number()
      .int('A whole percent')
      .min(PILOT_SHARE.min, `At least ${PILOT_SHARE.min}%`)
      .max(PILOT_SHARE.max, `At most ${PILOT_SHARE.max}%`)
      .default(PILOT_SHARE.default),
    durationDays: z
      .number()
      .int('Whole days')
      .min(PILOT_DAYS.min, `At least ${PILOT_DAYS.min} days`)
      .max(PILOT_DAYS.max, `At most ${PILOT_DAYS.max} days`),
  })
  .meta({ id: 'StartPilotInput' });
export type StartPilotInput = z.input<typeof StartPilotInput>;

export const ExtendPilotInput = z
  .strictObject({
    /** Days added to the pilot's end; the whole pilot stays within 28 days. */
    days: z
      .number()
      .int('Whole days')
      .min(1)
      .max(PILOT_DAYS.max - 1),
    note: text().max(2000).optional(),
  })
  .meta({ id: 'ExtendPilotInput' });

export const StopPilotInput = z.strictObject({ note: text().max(2000).optional() }).meta({ id: 'StopPilotInput' });

export const PILOT_END_REASONS = ['expired', 'stopped', 'approved', 'rejected', 'withdrawn', 'edited'] as const;
export const PilotStatus = z.enum(['running', 'ended']);

export const Pilot = z
  .object({
    id: z.uuid(),
    proposalId: z.uuid(),
    segmentKey: z.string(),
    proposalRevision: z.number().int(),
    share: z.number().int(),
    startsAt: z.string(),
    endsAt: z.string(),
    status: PilotStatus,
    endedAt: z.string().nullable(),
    endReason: z.enum(PILOT_END_REASONS).nullable(),
    /** Contacts the proposal would move when the pilot started. */
    eligible: z.number().int(),
    cohort: z.object({ pilot: z.number().int(), control: z.number().int() }),
    startedBy: z.object({ id: z.uuid(), name: z.string() }),
  })
  .meta({ id: 'Pilot' });
export type Pilot = z.infer<typeof Pilot>;

export const OUTCOME_TYPES = ['delivered', 'opened', 'clicked', 'converted', 'unsubscribed', 'complained'] as const;
export const OutcomeType = z.enum(OUTCOME_TYPES);
export type OutcomeType = z.infer<typeof OutcomeType>;

export const OutcomeEventInput = z.strictObject({
  eventId: ExternalId,
  contactId: ExternalId,
  type: OutcomeType,
  at: isoDateTime(),
  campaignId: ExternalId.optional(),
  workflow: WorkflowRef.optional(),
});
export const OutcomesInput = z
  .strictObject({ events: z.array(OutcomeEventInput).min(1).max(10_000) })
  .meta({ id: 'OutcomesInput' });
export type OutcomesInput = z.infer<typeof OutcomesInput>;
export const OutcomesResult = z
  .object({ accepted: z.number().int(), duplicates: z.number().int() })
  .meta({ id: 'OutcomesResult' });

export const READOUT_METRICS = ['conversion', 'unsubscribe', 'complaint'] as const;
export const ReadoutMetric = z.enum(READOUT_METRICS);
export type ReadoutMetric = z.infer<typeof ReadoutMetric>;
export const VERDICTS = ['too_early', 'no_difference', 'pilot_better', 'pilot_worse'] as const;

export const CohortFigures = z.object({
  /** Contacts in the cohort. */
  size: z.number().int(),
  /** Delivered sends in the pilot's window. */
  sends: z.number().int(),
  /** Contacts with at least one delivered send: the base of every rate. */
  reached: z.number().int(),
  conversions: z.number().int(),
  unsubscribes: z.number().int(),
  complaints: z.number().int(),
  rates: z.object({ conversion: z.number(), unsubscribe: z.number(), complaint: z.number() }),
});
export type CohortFigures = z.infer<typeof CohortFigures>;

export const MetricReadout = z.object({
  metric: ReadoutMetric,
  /** Pilot rate minus control rate. */
  difference: z.number(),
  /** The 95% confidence interval of the difference. */
  interval: z.object({ low: z.number(), high: z.number() }),
  /** Contacts reached per cohort needed to tell the smallest difference worth acting on. */
  neededPerCohort: z.number().int(),
  /** Contacts reached in the smaller cohort. */
  reachedPerCohort: z.number().int(),
  verdict: z.enum(VERDICTS),
  /** The verdict in plain words, e.g. "too early: 40 of 400 needed". */
  summary: z.string(),
});
export type MetricReadout = z.infer<typeof MetricReadout>;

export const PilotReadout = z
  .object({
    pilot: Pilot,
    cohorts: z.object({ pilot: CohortFigures, control: CohortFigures }),
    metrics: z.array(MetricReadout),
    /** The readout in plain words. */
    summary: z.string(),
  })
  .meta({ id: 'PilotReadout' });
export type PilotReadout = z.infer<typeof PilotReadout>;

export const PilotNoteInput = z
  .strictObject({ body: text().trim().min(1, 'Write the feedback').max(4000) })
  .meta({ id: 'PilotNoteInput' });
export const PilotNote = z
  .object({
    id: z.uuid(),
    body: z.string(),
    findings: z.number().int(),
    at: z.string(),
    author: z.object({ id: z.uuid(), name: z.string() }),
  })
  .meta({ id: 'PilotNote' });
export const PilotNotes = z.object({ items: z.array(PilotNote) }).meta({ id: 'PilotNotes' });
export const ProposalPilots = z.object({ items: z.array(Pilot) }).meta({ id: 'ProposalPilots' });
