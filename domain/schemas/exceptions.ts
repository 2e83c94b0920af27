import { z } from 'zod';
import { SegmentDefinition, SegmentKey } from './segments';

export const RISK_CATEGORIES = [
  'increases_hesitation',
  'erodes_trust',
  'message_fatigue',
  'bypasses_consent',
  'other',
] as const;
export const RiskCategory = z.enum(RISK_CATEGORIES);

export const RISK_LABELS: Record<(typeof RISK_CATEGORIES)[number], string> = {
  increases_hesitation: 'Sending now increases hesitation',
  erodes_trust: 'It erodes trust',
  message_fatigue: 'It adds to message fatigue',
  bypasses_consent: 'It bypasses consent',
  other: 'Another risk',
};

export const RiskStatement = z
  .string()
  .trim()
  .min(20, 'Describe the risk in at least 20 characters')
  .max(1000, 'Keep it under 1,000 characters');

/** A filed exception request. There is no send-once path: unknown keys such as sendOnce are refused. */
export const CreateExceptionInput = z
  .strictObject({
    segmentKey: SegmentKey,
    campaignId: z.uuid().optional(),
    riskCategory: RiskCategory,
    riskStatement: RiskStatement,
    protocol: z.enum(['logic_review', 'withdraw']),
    proposal: z
      .strictObject({
        definition: SegmentDefinition,
        rationale: z.string().trim().min(20, 'Give the evidence of readiness in at least 20 characters').max(5000),
      })
      .optional(),
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

export const ExceptionOutcome = z.enum(['draft', 'withdrawn', 'logic_review', 'approved', 'rejected']);
