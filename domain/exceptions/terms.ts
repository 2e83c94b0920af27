/**
 * The exception protocol's fixed words: its risks, protocols, outcomes and steps. Plain constants
 * without zod, so the pages that only name them do not load the schema library with their first
 * screen (docs/decisions/019-what-loads-first.md); the schemas in domain/schemas/exceptions.ts build
 * their enums from these, so each list is defined once.
 */
export const RISK_CATEGORIES = [
  'increases_hesitation',
  'erodes_trust',
  'message_fatigue',
  'bypasses_consent',
  'other',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const RISK_LABELS: Record<RiskCategory, string> = {
  increases_hesitation: 'Sending now increases hesitation',
  erodes_trust: 'It erodes trust',
  message_fatigue: 'It adds to message fatigue',
  bypasses_consent: 'It bypasses consent',
  other: 'Another risk',
};

export const EXCEPTION_PROTOCOLS = ['logic_review', 'withdraw'] as const;

export const EXCEPTION_OUTCOMES = ['draft', 'withdrawn', 'logic_review', 'approved', 'rejected'] as const;
export type ExceptionOutcome = (typeof EXCEPTION_OUTCOMES)[number];

/** Outcomes in words, calm on purpose: a withdrawn request is the protocol working. */
export const OUTCOME_LABELS: Record<ExceptionOutcome, string> = {
  draft: 'Draft',
  withdrawn: 'Withdrawn — the segment logic holds',
  logic_review: 'In logic review',
  approved: 'Logic change approved',
  rejected: 'Logic change not approved',
};

export const EXCEPTION_STEPS = ['segment', 'risk', 'protocol', 'review'] as const;
export type ExceptionStep = (typeof EXCEPTION_STEPS)[number];
