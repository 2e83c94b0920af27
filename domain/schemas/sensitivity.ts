import { z } from 'zod';

/** none; personal (personal data); special_category (health, beliefs, ethnicity and the like). */
export const SENSITIVITIES = ['none', 'personal', 'special_category'] as const;
export const Sensitivity = z.enum(SENSITIVITIES);
export type Sensitivity = z.infer<typeof Sensitivity>;

export const SENSITIVITY_LABELS: Record<Sensitivity, string> = {
  none: 'Not sensitive',
  personal: 'Personal data',
  special_category: 'Special category',
};

/** A sensitive attribute a proposal's criteria read, as the fairness warning names it. */
export const SensitiveUse = z.object({ name: z.string(), sensitivity: Sensitivity });
export type SensitiveUse = z.infer<typeof SensitiveUse>;

/**
 * The fairness warning of a proposal (docs/rules.md, "Fairness warning"): the sensitive attributes
 * its criteria read, which the decider acknowledges with a note to approve it.
 */
export const ProposalFairness = z.object({
  /** For an open proposal, as the dictionary stands now; once approved, what was acknowledged. */
  attributes: z.array(SensitiveUse),
  note: z.string().nullable(),
});
export type ProposalFairness = z.infer<typeof ProposalFairness>;
