import { z } from 'zod';
import { ExceptionProtocol, LogicReviewRationale, RiskCategory, RiskStatement } from './exceptions';
import { SegmentDefinition } from './segments';

/**
 * The exception wizard's one form, from the same rules as CreateExceptionInput: empty answers are
 * allowed in the shape (a wizard starts empty) and reported as "choose…" messages per field, and
 * the proposed change is only checked when the requester chose a logic review.
 */
export const ExceptionWizardForm = z
  .object({
    segmentKey: z.string().min(1, 'Choose the segment this request is about'),
    /** The blocked campaign the request came from, or '' when it did not come from one. */
    campaignId: z.string(),
    riskCategory: z.union([RiskCategory, z.literal('')]).refine((v) => v !== '', 'Choose the risk you see'),
    riskStatement: RiskStatement,
    protocol: z.union([ExceptionProtocol, z.literal('')]).refine((v) => v !== '', 'Choose how to go on'),
    proposal: z.object({
      /** Null until the segment's current definition has been loaded into the editor. */
      definition: z.custom<SegmentDefinition | null>(() => true),
      rationale: z.string(),
    }),
  })
  .superRefine((v, ctx) => {
    if (v.protocol !== 'logic_review') return;
    const issues =
      v.proposal.definition === null
        ? [{ path: [] as PropertyKey[], message: 'The current definition has not loaded yet' }]
        : (SegmentDefinition.safeParse(v.proposal.definition).error?.issues ?? []);
    for (const issue of issues) {
      ctx.addIssue({
        code: 'custom',
        path: ['proposal', 'definition', ...issue.path.filter((p) => typeof p !== 'symbol')],
        message: issue.message,
      });
    }
    const rationale = LogicReviewRationale.safeParse(v.proposal.rationale);
    for (const issue of rationale.error?.issues ?? []) {
      ctx.addIssue({ code: 'custom', path: ['proposal', 'rationale'], message: issue.message });
    }
  });
export type ExceptionWizardValues = z.input<typeof ExceptionWizardForm>;
