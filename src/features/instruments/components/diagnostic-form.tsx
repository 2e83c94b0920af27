import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type Path, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import {
  DIAGNOSTIC_QUESTIONS,
  type DiagnosticQuestionKey,
  questionsOf,
  THEME_LABELS,
} from '#domain/instruments/diagnostic';
import type { DiagnosticObservation } from '#domain/schemas/diagnostics';
import { Button } from '#src/components/ui/button';
import { applyServerErrors } from '#src/lib/form-errors';
import { useTakeDiagnostic } from '../api/take-diagnostic';
import { useDiagnosticStep } from '../hooks/use-diagnostic-step';
import { DIAGNOSTIC_STEPS, isTheme, stepIndex } from '../utils/diagnostic-steps';
import { DiagnosticProgress } from './diagnostic-progress';
import { DiagnosticQuestion } from './diagnostic-question';

const FormSchema = z.object({
  answers: z.array(
    z.object({
      question: z.string(),
      score: z.enum(['0', '1', '2', '3', '4'], { message: 'Choose a score from 0 to 4' }),
      note: z.string().max(2000, 'At most 2,000 characters'),
    }),
  ),
});
export type DiagnosticFormValues = z.infer<typeof FormSchema>;

const indexOf = (key: string) => DIAGNOSTIC_QUESTIONS.findIndex((q) => q.key === key);

/**
 * The diagnostic as one form with a step per theme (the step in the address, so back and reload
 * keep the place); each step checks only its own questions before moving on.
 */
export function DiagnosticForm({ observed }: { observed: DiagnosticObservation[] }) {
  const take = useTakeDiagnostic();
  const navigate = useNavigate();
  const { step, goTo } = useDiagnosticStep();
  const [message, setMessage] = useState<string | null>(null);
  const byQuestion = new Map(observed.map((o) => [o.question, o]));
  const { control, handleSubmit, trigger, setError, getValues } = useForm<DiagnosticFormValues>({
    resolver: zodResolver(FormSchema),
    defaultValues: {
      answers: DIAGNOSTIC_QUESTIONS.map((q) => {
        const o = byQuestion.get(q.key);
        return { question: q.key, score: (o ? String(o.score) : undefined) as never, note: '' };
      }),
    },
  });
  const at = stepIndex(step);

  const next = async () => {
    if (!isTheme(step)) return;
    const names = questionsOf(step).flatMap((q) => [
      `answers.${indexOf(q.key)}.score` as Path<DiagnosticFormValues>,
      `answers.${indexOf(q.key)}.note` as Path<DiagnosticFormValues>,
    ]);
    if (await trigger(names, { shouldFocus: true })) goTo(DIAGNOSTIC_STEPS[at + 1] ?? 'review');
  };

  const onSubmit = handleSubmit(
    async (values) => {
      setMessage(null);
      try {
        const taken = await take.mutateAsync({
          answers: values.answers.map((a) => ({
            question: a.question as DiagnosticQuestionKey,
            score: Number(a.score),
            note: a.note,
          })),
        });
        navigate(`/diagnostic/${taken.id}`);
      } catch (err) {
        setMessage(
          applyServerErrors(err, setError, (path) =>
            path[0] === 'answers' && typeof path[1] === 'number'
              ? `answers.${path[1]}.${String(path[2] ?? 'score')}`
              : null,
          ),
        );
      }
    },
    () => setMessage('Some questions have no score yet: go back to the steps marked and answer them.'),
  );

  return (
    <form aria-label="Journey diagnostic" onSubmit={onSubmit} noValidate>
      <DiagnosticProgress current={step} />
      {isTheme(step) ? (
        <section aria-labelledby="theme-title">
          <h2 id="theme-title">{THEME_LABELS[step]}</h2>
          {questionsOf(step).map((q) => (
            <DiagnosticQuestion
              key={q.key}
              question={q}
              index={indexOf(q.key)}
              observed={byQuestion.get(q.key)}
              control={control}
            />
          ))}
        </section>
      ) : (
        <section aria-labelledby="review-title">
          <h2 id="review-title">Review and submit</h2>
          <ul className="plain-list">
            {DIAGNOSTIC_QUESTIONS.map((q, i) => (
              <li key={q.key}>
                {q.text} <strong>{getValues(`answers.${i}.score`) ?? 'not answered'}</strong>
              </li>
            ))}
          </ul>
        </section>
      )}
      {message ? (
        <p className="field-error" role="alert">
          {message}
        </p>
      ) : null}
      <div className="form-actions">
        {at > 0 ? <Button onClick={() => goTo(DIAGNOSTIC_STEPS[at - 1] ?? 'ownership')}>Back</Button> : null}
        {isTheme(step) ? (
          <Button variant="primary" onClick={next}>
            Continue
          </Button>
        ) : (
          <Button type="submit" variant="primary" busy={take.isPending}>
            Submit the diagnostic
          </Button>
        )}
      </div>
    </form>
  );
}
