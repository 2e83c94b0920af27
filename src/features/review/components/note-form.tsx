import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { NoteInput, type ReviewItem } from '#domain/schemas/reviews';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { useAddNote } from '../api/add-note';

const NoteForm_ = NoteInput.pick({ body: true });
type Values = z.infer<typeof NoteForm_>;

/** A note on one agenda item; once the review is complete, the same form appends a correction. */
export function NoteForm({
  month,
  item,
  correction,
  onDone,
}: {
  month: string;
  item: ReviewItem;
  correction: boolean;
  onDone: () => void;
}) {
  const add = useAddNote(month);
  const form = useForm<Values>({ resolver: zodResolver(NoteForm_), defaultValues: { body: '' } });
  const [error, setError] = useState<string | null>(null);
  const submit = form.handleSubmit(async ({ body }) => {
    setError(null);
    try {
      await add.mutateAsync({ item, body, ...(correction ? { kind: 'correction' as const } : {}) });
      form.reset();
      onDone();
    } catch (err) {
      setError(applyServerErrors(err, form.setError, ['body']));
    }
  });
  return (
    <form className="stack item-form" noValidate onSubmit={submit}>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Controller
        name="body"
        control={form.control}
        render={({ field, fieldState }) => (
          <LintedTextField
            label={correction ? 'Correction' : 'Note'}
            hint={correction ? 'The figures stay frozen; a correction is added below them.' : undefined}
            rows={3}
            maxLength={5000}
            {...field}
            error={fieldState.error?.message}
          />
        )}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {correction ? 'Add correction' : 'Add note'}
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
