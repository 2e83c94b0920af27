import { z } from 'zod';
import { DIAGNOSTIC_QUESTION_KEYS, DIAGNOSTIC_THEMES, SCORE_MAX, SCORE_MIN } from '#domain/instruments/diagnostic';
import { text } from './strings';

/** The journey diagnostic (docs/rules.md, "Journey diagnostic"). */

export const DiagnosticQuestion = z.enum(DIAGNOSTIC_QUESTION_KEYS);
export const DiagnosticTheme = z.enum(DIAGNOSTIC_THEMES);

const Person = z.object({ id: z.string(), name: z.string() });

export const DiagnosticAnswerInput = z.strictObject({
  question: DiagnosticQuestion,
  score: z.number().int().min(SCORE_MIN).max(SCORE_MAX, `Score from ${SCORE_MIN} to ${SCORE_MAX}`),
  note: text().trim().max(2000, 'At most 2,000 characters').default(''),
});

export const CreateDiagnosticInput = z
  .strictObject({
    answers: z
      .array(DiagnosticAnswerInput)
      .length(DIAGNOSTIC_QUESTION_KEYS.length, `Answer all ${DIAGNOSTIC_QUESTION_KEYS.length} questions`)
      .refine((a) => new Set(a.map((x) => x.question)).size === a.length, 'Answer each question once'),
  })
  .meta({ id: 'CreateDiagnosticInput' });
export type CreateDiagnosticInput = z.infer<typeof CreateDiagnosticInput>;

/** What Charter can see for a question: a suggested score and the figures behind it. */
export const DiagnosticObservation = z.object({
  question: DiagnosticQuestion,
  score: z.number().int(),
  basis: z.string(),
});
export type DiagnosticObservation = z.infer<typeof DiagnosticObservation>;

export const DiagnosticResult = z.object({
  overall: z.number(),
  themes: z.array(z.object({ theme: DiagnosticTheme, score: z.number(), delta: z.number().nullable() })),
  weakest: DiagnosticTheme,
  nextSteps: z.array(z.string()),
});

export const Diagnostic = z
  .object({
    id: z.string(),
    takenAt: z.string(),
    takenBy: Person,
    answers: z.array(
      z.object({
        question: DiagnosticQuestion,
        score: z.number().int(),
        note: z.string(),
        findings: z.number().int(),
        /** What Charter observed for the question when the diagnostic was taken. */
        observed: z.string().nullable(),
      }),
    ),
    result: DiagnosticResult,
    previous: z.object({ id: z.string(), takenAt: z.string() }).nullable(),
  })
  .meta({ id: 'Diagnostic' });
export type Diagnostic = z.infer<typeof Diagnostic>;

export const DiagnosticSummary = z
  .object({
    id: z.string(),
    takenAt: z.string(),
    takenBy: Person,
    overall: z.number(),
    weakest: DiagnosticTheme,
  })
  .meta({ id: 'DiagnosticSummary' });

export const DiagnosticList = z
  .object({ items: z.array(DiagnosticSummary), observed: z.array(DiagnosticObservation) })
  .meta({ id: 'DiagnosticList' });
export type DiagnosticList = z.infer<typeof DiagnosticList>;

export const DiagnosticIdParam = z.object({ id: z.uuid('Not a diagnostic id') });
