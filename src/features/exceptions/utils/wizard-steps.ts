import type { FieldPath, Resolver } from 'react-hook-form';
import { EXCEPTION_STEPS, type ExceptionStep } from '#domain/exceptions/terms';
import type { ExceptionWizardValues } from '#domain/schemas/exception-wizard';
import type { CreateExceptionInput, ExceptionDraft, SaveExceptionDraftInput } from '#domain/schemas/exceptions';
import type { SegmentDefinition } from '#domain/schemas/segments';

export type WizardValues = ExceptionWizardValues;

export type WizardStep = { id: ExceptionStep; title: string; fields: FieldPath<WizardValues>[] };

/** The protocol's order: each step validates only its own fields before the next one opens. */
export const WIZARD_STEPS: readonly WizardStep[] = [
  { id: 'segment', title: 'Name the segment', fields: ['segmentKey'] },
  { id: 'risk', title: 'Name the risk', fields: ['riskCategory', 'riskStatement'] },
  { id: 'protocol', title: 'Offer the protocol', fields: ['protocol', 'proposal'] },
  { id: 'review', title: 'Review and submit', fields: [] },
];

export const stepIndex = (id: ExceptionStep) => EXCEPTION_STEPS.indexOf(id);

export function parseStep(raw: string | null): ExceptionStep {
  return (EXCEPTION_STEPS as readonly string[]).includes(raw ?? '') ? (raw as ExceptionStep) : 'segment';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function emptyValues(segment?: string | null, campaign?: string | null): WizardValues {
  return {
    segmentKey: segment ?? '',
    campaignId: campaign && UUID.test(campaign) ? campaign : '',
    riskCategory: '',
    riskStatement: '',
    protocol: '',
    proposal: { definition: null, rationale: '' },
  };
}

export function valuesFromDraft(draft: ExceptionDraft): WizardValues {
  const v = draft.values;
  return {
    segmentKey: v.segmentKey ?? '',
    campaignId: v.campaignId ?? '',
    riskCategory: v.riskCategory ?? '',
    riskStatement: v.riskStatement ?? '',
    protocol: v.protocol ?? '',
    proposal: {
      definition: (v.proposal?.definition as SegmentDefinition | undefined) ?? null,
      rationale: v.proposal?.rationale ?? '',
    },
  };
}

/** What the server keeps of the wizard: empty answers are left out rather than saved as blanks. */
export function draftFromValues(step: ExceptionStep, v: WizardValues): SaveExceptionDraftInput {
  const proposal = {
    ...(v.proposal.definition ? { definition: v.proposal.definition } : {}),
    ...(v.proposal.rationale ? { rationale: v.proposal.rationale.slice(0, 5000) } : {}),
  };
  return {
    step,
    values: {
      ...(v.segmentKey ? { segmentKey: v.segmentKey.slice(0, 60) } : {}),
      ...(UUID.test(v.campaignId) ? { campaignId: v.campaignId } : {}),
      ...(v.riskCategory ? { riskCategory: v.riskCategory } : {}),
      ...(v.riskStatement ? { riskStatement: v.riskStatement.slice(0, 2000) } : {}),
      ...(v.protocol ? { protocol: v.protocol } : {}),
      ...(Object.keys(proposal).length > 0 ? { proposal } : {}),
    },
  };
}

/** The filed request: a withdrawal carries no proposal, a logic review carries the edited definition. */
export function toCreateInput(v: WizardValues, draftId: string | null): CreateExceptionInput {
  if (v.riskCategory === '' || v.protocol === '') throw new Error('the wizard is incomplete');
  return {
    segmentKey: v.segmentKey,
    ...(UUID.test(v.campaignId) ? { campaignId: v.campaignId } : {}),
    riskCategory: v.riskCategory,
    riskStatement: v.riskStatement.trim(),
    protocol: v.protocol,
    ...(v.protocol === 'logic_review' && v.proposal.definition
      ? { proposal: { definition: v.proposal.definition, rationale: v.proposal.rationale.trim() } }
      : {}),
    ...(draftId ? { draftId } : {}),
  };
}

/**
 * The form's checks (zod, the wizard's schema and its resolver) load when someone starts using the
 * form or it first checks a field, not with the first step (docs/decisions/019-what-loads-first.md).
 */
export const loadWizardValidator = () => import('./wizard-validator');

/** The resolver react-hook-form calls, loading the checks on its first call. */
export const wizardResolver: Resolver<WizardValues> = async (values, context, options) =>
  (await loadWizardValidator()).resolveWizard(values, context, options);
