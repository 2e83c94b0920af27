import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { PRESSURE_QUESTION } from '#domain/reviews/agenda';
import { monthLabel } from '#domain/reviews/months';
import { CompleteInput } from '#domain/schemas/reviews';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { useCompleteReview } from '../api/complete-review';

/**
 * The one question the review always asks; its answer is what completes (and freezes) the review.
 * Completing cannot be undone, so it asks once more, saying what freezing means.
 */
export function CompleteForm({ month }: { month: string }) {
  const complete = useCompleteReview(month);
  const form = useForm<CompleteInput>({ resolver: zodResolver(CompleteInput), defaultValues: { pressureAnswer: '' } });
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<CompleteInput | null>(null);
  const ask = form.handleSubmit((values) => {
    setError(null);
    setConfirming(values);
  });
  const confirm = async () => {
    if (!confirming) return;
    try {
      await complete.mutateAsync(confirming);
    } catch (err) {
      setError(applyServerErrors(err, form.setError, ['pressureAnswer']));
    } finally {
      setConfirming(null);
    }
  };
  const label = monthLabel(month);
  return (
    <>
      <form className="stack complete-form no-print" noValidate onSubmit={ask} aria-labelledby="complete-title">
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
          <Button type="submit" variant="primary">
            Complete the review…
          </Button>
        </div>
      </form>
      <Dialog
        open={confirming !== null}
        onOpenChange={(open) => (open ? null : setConfirming(null))}
        title={`Complete and freeze ${label}?`}
        description={`Completing freezes ${label}: its figures are kept as they are now, later sends and attempts no longer change them, and only corrections can be added. This cannot be undone.`}
      >
        <div className="form-actions">
          <Button variant="primary" busy={complete.isPending} onClick={confirm}>
            Complete and freeze {label}
          </Button>
          <Button disabled={complete.isPending} onClick={() => setConfirming(null)}>
            Keep it open
          </Button>
        </div>
      </Dialog>
    </>
  );
}
