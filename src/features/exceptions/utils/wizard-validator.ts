import { zodResolver } from '@hookform/resolvers/zod';
import { ExceptionWizardForm } from '#domain/schemas/exception-wizard';
import type { ExceptionStep } from '#domain/schemas/exceptions';
import { stepIndex, WIZARD_STEPS, type WizardValues } from './wizard-steps';

// Loaded on demand through loadWizardValidator (wizard-steps.ts): the schema library stays out of
// the wizard's first screen.

/** The wizard's schema as react-hook-form's resolver. */
export const resolveWizard = zodResolver(ExceptionWizardForm);

/** The first step before `upTo` that is not complete, so a step reached by address can send people back. */
export function firstIncompleteStep(values: WizardValues, upTo: ExceptionStep): ExceptionStep | null {
  const result = ExceptionWizardForm.safeParse(values);
  if (result.success) return null;
  const roots = new Set(result.error.issues.map((i) => String(i.path[0])));
  const earlier = WIZARD_STEPS.slice(0, stepIndex(upTo));
  return earlier.find((s) => s.fields.some((f) => roots.has(f.split('.')[0] ?? '')))?.id ?? null;
}
