import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ReviewItem } from '#domain/schemas/reviews';
import { Button } from '#src/components/ui/button';
import { Field } from '#src/components/ui/field';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { useUsers } from '#src/shared/queries/get-users';
import { useAddAction } from '../api/add-action';

// The form keeps empty strings for "nobody yet" and "no date"; they are left out of the request.
const ActionForm_ = z.object({
  description: z.string().trim().min(1, 'Say what will be done').max(2000),
  assigneeId: z.string(),
  due: z.string(),
});
type Values = z.infer<typeof ActionForm_>;

export function ActionForm({ month, item, onDone }: { month: string; item: ReviewItem; onDone: () => void }) {
  const add = useAddAction(month);
  const users = useUsers();
  const form = useForm<Values>({
    resolver: zodResolver(ActionForm_),
    defaultValues: { description: '', assigneeId: '', due: '' },
  });
  const [error, setError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await add.mutateAsync({
        item,
        description: v.description,
        ...(v.assigneeId ? { assigneeId: v.assigneeId } : {}),
        ...(v.due ? { due: v.due } : {}),
      });
      form.reset();
      onDone();
    } catch (err) {
      setError(applyServerErrors(err, form.setError, ['description', 'assigneeId', 'due']));
    }
  });
  const errors = form.formState.errors;
  return (
    <form className="stack item-form" noValidate onSubmit={submit}>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Controller
        name="description"
        control={form.control}
        render={({ field, fieldState }) => (
          <LintedTextField label="Action item" rows={2} maxLength={2000} {...field} error={fieldState.error?.message} />
        )}
      />
      <div className="form-row">
        <Field label="Who" error={errors.assigneeId?.message}>
          <select {...form.register('assigneeId')}>
            <option value="">Nobody yet</option>
            {(users.data ?? [])
              .filter((u) => u.active)
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </select>
        </Field>
        <Field label="Due" error={errors.due?.message}>
          <input type="date" {...form.register('due')} />
        </Field>
      </div>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          Add action item
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
