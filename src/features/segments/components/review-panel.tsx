import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { MarkReviewedInput } from '#domain/schemas/segment-reviews';
import type { SegmentDetail } from '#domain/schemas/segments';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { formatDate } from '#src/lib/format';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { useMarkReviewed } from '../api/mark-reviewed';
import { CADENCE_WORDS, ReviewBadge } from './review-state';

type Values = { note: string };

/**
 * The segment's review cadence (docs/rules.md, "Segment review cadence"): when it is next due and
 * who last looked; the owner marks it reviewed with a note, which sets the next date.
 */
export function ReviewPanel({ segment, canReview }: { segment: SegmentDetail; canReview: boolean }) {
  const review = segment.review;
  const mark = useMarkReviewed();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(MarkReviewedInput), defaultValues: { note: '' } });
  if (!review) return null;
  const submit = form.handleSubmit(async ({ note }) => {
    setError(null);
    try {
      await mark.mutateAsync({ key: segment.key, note });
      form.reset();
      setOpen(false);
    } catch (err) {
      setError(applyServerErrors(err, form.setError, ['note']));
    }
  });
  return (
    <section className="card stack" aria-labelledby="review-title">
      <div className="section-header">
        <h2 id="review-title">Review</h2>
        <ReviewBadge review={review} />
      </div>
      <p>
        Reviewed {CADENCE_WORDS[review.cadence]}
        {review.cadence === 'quarterly' ? ' (its rule moves people with time)' : ' (its rule has no time window)'}. Next
        review due <strong>{formatDate(review.dueOn)}</strong>.
      </p>
      {review.lastReviewedAt ? (
        <p className="version-meta">
          Last reviewed by {review.lastReviewedBy} on {formatDate(review.lastReviewedAt)}
          {review.lastNote ? `: ${review.lastNote}` : ''}
        </p>
      ) : (
        <p className="version-meta">Not reviewed since this version was approved.</p>
      )}
      {canReview && !open ? (
        <div className="form-actions">
          <Button variant={review.state === 'ok' ? 'secondary' : 'primary'} onClick={() => setOpen(true)}>
            Mark reviewed
          </Button>
        </div>
      ) : null}
      {canReview && open ? (
        <form className="stack" noValidate onSubmit={submit}>
          {error ? <Notice tone="error">{error}</Notice> : null}
          <Controller
            name="note"
            control={form.control}
            render={({ field, fieldState }) => (
              <LintedTextField
                label="What you checked"
                hint="Do the conditions still describe these people? The next date is set from today."
                rows={3}
                maxLength={2000}
                {...field}
                error={fieldState.error?.message}
              />
            )}
          />
          <div className="form-actions">
            <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
              Mark reviewed
            </Button>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
