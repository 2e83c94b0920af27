import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { CompleteInput, PRESSURE_QUESTION } from '#domain/schemas/reviews';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { useCompleteReview } from '../api/complete-review';

/** The one question the review always asks; its answer is what completes (and freezes) the review. */
export function CompleteForm({ month }: { month: string }) {
  const complete = useCompleteReview(month);
  const form = useForm<CompleteInput>({ resolver: zodResolver(CompleteInput), defaultValues: { pressureAnswer: '' } });
  const [error, setError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      await complete.mutateAsync(values);
    } catch (err) {
      setError(applyServerErrors(err, form.setError, ['pressureAnswer']));
    }
  });
  return (
    <form className="stack complete-form no-print" noValidate onSubmit={submit} aria-labelledby="complete-title">
      <h3 id="complete-title">Complete the review</h3>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Controller
        name="pressureAnswer"
        control={form.control}
        render={({ field, fieldState }) => (
          <LintedTextField
            label={PRESSURE_QUESTION}
            hint="Required. Completing freezes this month's figures; afterwards only corrections can be added."
            rows={4}
            maxLength={5000}
            {...field}
            error={fieldState.error?.message}
          />
        )}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          Complete the review
        </Button>
      </div>
    </form>
  );
}
