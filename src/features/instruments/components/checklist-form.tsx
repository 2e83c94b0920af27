import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Checklist } from '#domain/schemas/checklist';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { isApiError } from '#src/lib/api-client';
import { applyServerErrors } from '#src/lib/form-errors';
import { useSaveChecklist } from '../api/save-checklist';
import { ChecklistItemField } from './checklist-item-field';

const FormSchema = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      checked: z.enum(['yes', 'no'], { message: 'Answer yes or no' }),
      note: z.string().max(2000, 'At most 2,000 characters'),
    }),
  ),
});
export type ChecklistFormValues = z.infer<typeof FormSchema>;

const defaults = (c: Checklist): ChecklistFormValues => ({
  items: c.items.map((i) => ({
    key: i.key,
    // An item nobody answered yet starts from what the records suggest.
    checked: (i.checked ?? i.evidence.suggested) ? 'yes' : 'no',
    note: i.note,
  })),
});

/** The month's ten items as one form; a save sends every answer with the revision it was read at. */
export function ChecklistForm({
  checklist,
  readOnly,
  onReload,
}: {
  checklist: Checklist;
  readOnly: boolean;
  onReload: () => void;
}) {
  const save = useSaveChecklist();
  const [message, setMessage] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const { control, handleSubmit, setError } = useForm<ChecklistFormValues>({
    resolver: zodResolver(FormSchema),
    defaultValues: defaults(checklist),
  });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    try {
      await save.mutateAsync({
        month: checklist.month,
        revision: checklist.revision,
        items: values.items.map((i) => ({
          key: i.key as Checklist['items'][number]['key'],
          checked: i.checked === 'yes',
          note: i.note,
        })),
      });
      setMessage('Saved.');
    } catch (err) {
      if (isApiError(err, 409)) return setStale(true);
      setMessage(
        applyServerErrors(err, setError, (path) =>
          path[0] === 'items' && typeof path[1] === 'number' && path[2] === 'note' ? `items.${path[1]}.note` : null,
        ),
      );
    }
  });

  return (
    <form aria-label={`Decision checklist for ${checklist.month}`} onSubmit={onSubmit} noValidate>
      {checklist.items.map((item, i) => (
        <ChecklistItemField key={item.key} item={item} index={i} control={control} readOnly={readOnly} />
      ))}
      {stale ? (
        <Notice tone="warning" title="Someone saved this month meanwhile">
          <p>Reload to see their answers; yours are not saved.</p>
          <Button onClick={onReload}>Reload the checklist</Button>
        </Notice>
      ) : null}
      {message ? (
        <p role="status" className={message === 'Saved.' ? 'muted' : 'field-error'}>
          {message}
        </p>
      ) : null}
      {readOnly ? null : (
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={save.isPending}>
            Save the checklist
          </Button>
        </div>
      )}
    </form>
  );
}
