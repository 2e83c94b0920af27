import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { DeclineRationale } from '#domain/schemas/backlog';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { LintedFormField } from '#src/shared/linted-text/linted-form-field';
import { useUpdateItem } from '../api/save-item';

const Values = z.object({ rationale: DeclineRationale });
type Values = z.infer<typeof Values>;

/** Declining takes a rationale: the owner defends the decision to the person who filed it. */
export function DeclineForm({ id, onDone }: { id: string; onDone: () => void }) {
  const update = useUpdateItem();
  const form = useForm<Values>({ resolver: zodResolver(Values), defaultValues: { rationale: '' } });
  const [error, setError] = useState<string | null>(null);
  const submit = form.handleSubmit(async ({ rationale }) => {
    setError(null);
    try {
      await update.mutateAsync({ id, status: 'declined', rationale });
      onDone();
    } catch (err) {
      setError(applyServerErrors(err, form.setError, ['rationale']));
    }
  });
  return (
    <form className="stack" noValidate onSubmit={submit} aria-label="Decline the item">
      {error ? <Notice tone="error">{error}</Notice> : null}
      <LintedFormField
        control={form.control}
        name="rationale"
        label="Why it is declined"
        hint="The person who filed it reads this."
        rows={3}
        maxLength={5000}
      />
      <div className="form-actions">
        <Button type="submit" variant="danger" busy={form.formState.isSubmitting}>
          Decline
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
