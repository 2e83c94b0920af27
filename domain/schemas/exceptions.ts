import { z } from 'zod';
import {
  EXCEPTION_OUTCOMES,
  EXCEPTION_PROTOCOLS,
  EXCEPTION_STEPS,
  OUTCOME_LABELS,
  RISK_CATEGORIES,
  RISK_LABELS,
} from '#domain/exceptions/terms';
import { BacklogItemRef } from './backlog';
import { Month } from './dates';
import { boundedJson } from './json-limits';
import { SegmentDefinition, SegmentKey, UserRef } from './segments';
import { plainText, text } from './strings';

// The protocol's words live in domain/exceptions/terms.ts (no zod there, for the pages' first load).
export { EXCEPTION_OUTCOMES, EXCEPTION_PROTOCOLS, EXCEPTION_STEPS, OUTCOME_LABELS, RISK_CATEGORIES, RISK_LABELS };
export const RiskCategory = z.enum(RISK_CATEGORIES);
export type RiskCategory = z.infer<typeof RiskCategory>;
export const ExceptionProtocol = z.enum(EXCEPTION_PROTOCOLS);
export type ExceptionProtocol = z.infer<typeof ExceptionProtocol>;
export const ExceptionOutcome = z.enum(EXCEPTION_OUTCOMES);
export type ExceptionOutcome = z.infer<typeof ExceptionOutcome>;
export const ExceptionStep = z.enum(EXCEPTION_STEPS);
export type ExceptionStep = z.infer<typeof ExceptionStep>;

export const RiskStatement = text()
  .trim()
  .min(20, 'Describe the risk in at least 20 characters')
  .max(1000, 'Keep it under 1,000 characters');

export const LogicReviewRationale = text()
  .trim()
  .min(20, 'Give the evidence of readiness in at least 20 characters')
  .max(5000, 'Keep it under 5,000 characters');

/**
 * A filed exception request. There is no send-once path: unknown keys such as sendOnce are refused.
 * `draftId` names the caller's saved draft this submission completes; that draft becomes the request.
 */
export const CreateExceptionInput = z
  .strictObject({
    segmentKey: SegmentKey,
    campaignId: z.uuid().optional(),
    riskCategory: RiskCategory,
    riskStatement: RiskStatement,
    protocol: ExceptionProtocol,
    proposal: z.strictObject({ definition: SegmentDefinition, rationale: LogicReviewRationale }).optional(),
    draftId: z.uuid().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.protocol === 'logic_review' && !v.proposal) {
      ctx.addIssue({ code: 'custom', path: ['proposal'], message: 'A logic review needs the proposed change' });
    }
    if (v.protocol === 'withdraw' && v.proposal) {
      ctx.addIssue({ code: 'custom', path: ['proposal'], message: 'A withdrawn request proposes nothing' });
    }
  })
  .meta({ id: 'CreateExceptionInput' });
export type CreateExceptionInput = z.infer<typeof CreateExceptionInput>;

const MAX_DRAFT_DEFINITION_CHARS = 200_000;

/**
 * A half-finished definition is kept as typed, so it is checked only as JSON: deep enough for the
 * deepest rule tree a definition may hold, with text as any input takes it.
 */
const DraftDefinition = boundedJson({ depth: 40, entries: 1000, keyLength: 100, stringLength: 5000 });

/**
 * What a wizard has typed so far. Nothing is required and half-finished rules are kept as they
 * are (they are checked when the request is filed), but unknown keys are still refused.
 */
export const ExceptionDraftValues = z.strictObject({
  segmentKey: plainText(text().max(60), 'identifier').optional(),
  campaignId: z.uuid().optional(),
  riskCategory: RiskCategory.optional(),
  riskStatement: text().max(2000, 'Keep it under 2,000 characters').optional(),
  protocol: ExceptionProtocol.optional(),
  proposal: z
    .strictObject({
      definition: DraftDefinition.refine(
        (d) => d === undefined || JSON.stringify(d).length <= MAX_DRAFT_DEFINITION_CHARS,
        'The draft is too large',
      ).optional(),
      rationale: text().max(5000, 'Keep it under 5,000 characters').optional(),
    })
    .optional(),
});
export type ExceptionDraftValues = z.infer<typeof ExceptionDraftValues>;

export const SaveExceptionDraftInput = z
  .strictObject({ step: ExceptionStep, values: ExceptionDraftValues })
  .meta({ id: 'SaveExceptionDraftInput' });
export type SaveExceptionDraftInput = z.infer<typeof SaveExceptionDraftInput>;

export const ExceptionDraft = z
  .object({
    id: z.uuid(),
    step: ExceptionStep,
    values: ExceptionDraftValues,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ExceptionDraft' });
export type ExceptionDraft = z.infer<typeof ExceptionDraft>;

/** The answer to filing: the same body again for a retry with the same Idempotency-Key. */
export const ExceptionCreated = z
  .object({ id: z.uuid(), outcome: z.enum(['withdrawn', 'logic_review']), proposalId: z.uuid().optional() })
  .meta({ id: 'ExceptionCreated' });
export type ExceptionCreated = z.infer<typeof ExceptionCreated>;

export const ExceptionListItem = z
  .object({
    id: z.uuid(),
    outcome: ExceptionOutcome,
    requester: UserRef,
    segmentKey: z.string().nullable(),
    segmentName: z.string().nullable(),
    /** The segment version current when the request was filed (or last saved, for a draft). */
    segmentVersion: z.number().int().nullable(),
    campaignId: z.string().nullable(),
    campaignName: z.string().nullable(),
    riskCategory: RiskCategory.nullable(),
    riskStatement: z.string().nullable(),
    protocol: ExceptionProtocol.nullable(),
    proposalId: z.string().nullable(),
    /** For drafts: the step to resume at. */
    step: ExceptionStep.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    submittedAt: z.string().nullable(),
  })
  .meta({ id: 'ExceptionListItem' });
export type ExceptionListItem = z.infer<typeof ExceptionListItem>;

export const TIMELINE_KINDS = ['filed', 'logic_review', 'withdrawn', 'approved', 'rejected', 'closed'] as const;

export const ExceptionTimelineEntry = z.object({
  kind: z.enum(TIMELINE_KINDS),
  at: z.string(),
  actor: UserRef.nullable(),
  /** The owner's decision note or rationale, where the step has one. */
  note: z.string().nullable(),
  /** For an approval: the segment version it created. */
  version: z.number().int().nullable(),
});
export type ExceptionTimelineEntry = z.infer<typeof ExceptionTimelineEntry>;

export const ExceptionDetail = ExceptionListItem.extend({
  riskFindings: z.number().int(),
  /** The logic review's rationale: the evidence of readiness. */
  rationale: z.string().nullable(),
  proposalStatus: z.enum(['open', 'approved', 'rejected', 'withdrawn']).nullable(),
  timeline: z.array(ExceptionTimelineEntry),
  /** Backlog items filed from this request, oldest first: so nobody files the same one twice. */
  backlogItems: z.array(BacklogItemRef),
}).meta({ id: 'ExceptionDetail' });
export type ExceptionDetail = z.infer<typeof ExceptionDetail>;

export const ExceptionsQuery = z.strictObject({
  /** Only the caller's own requests, drafts included. */
  mine: z.enum(['true', 'false']).optional(),
  /** An outcome: withdrawn, logic_review, approved, rejected (or draft, which is only ever the caller's). */
  status: ExceptionOutcome.optional(),
  segment: SegmentKey.optional(),
  /** The month the request was filed (drafts: last saved), e.g. 2026-11. */
  month: Month.optional(),
});
export type ExceptionsQuery = z.infer<typeof ExceptionsQuery>;

export const ExceptionsSummary = z.object({ openLogicReviews: z.number().int() }).meta({ id: 'ExceptionsSummary' });
