import { DIAGNOSTIC_THEMES, type DiagnosticTheme } from '#domain/instruments/diagnostic';

/** The stepper's steps: one per theme, then the review before submitting. */
export const DIAGNOSTIC_STEPS = [...DIAGNOSTIC_THEMES, 'review'] as const;
export type DiagnosticStep = (typeof DIAGNOSTIC_STEPS)[number];

/** The step in the address, or the first one for anything else. */
export function parseStep(value: string | null): DiagnosticStep {
  return (DIAGNOSTIC_STEPS as readonly string[]).includes(value ?? '') ? (value as DiagnosticStep) : 'ownership';
}

export const stepIndex = (step: DiagnosticStep) => DIAGNOSTIC_STEPS.indexOf(step);
export const isTheme = (step: DiagnosticStep): step is DiagnosticTheme => step !== 'review';
