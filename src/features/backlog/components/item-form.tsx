import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { CreateBacklogItemInput } from '#domain/schemas/backlog';
import { Button } from '#src/components/ui/button';
import { Field, FieldHelp } from '#src/components/ui/field';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { LintedFormField } from '#src/shared/linted-text/linted-form-field';
import { useSegments } from '#src/shared/queries/get-segments';
import { useWorkflowOptions } from '../api/get-workflow-options';
import { useFileItem } from '../api/save-item';
import { EFFORT_LABELS, STEPS, URGENCIES, URGENCY_LABELS, VALUE_LABELS } from '../utils/scales';

type Values = z.input<typeof CreateBacklogItemInput>;
const FIELDS = ['title', 'goal', 'value', 'effort', 'urgency', 'segments', 'workflows', 'fromExceptionId'];

/** Filing a change request or initiative into the backlog's intake. */
export function ItemForm({
  defaults,
  onDone,
  onCancel,
}: {
  defaults?: Partial<Values>;
  onDone: (id: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const segments = useSegments();
  const workflows = useWorkflowOptions();
  const file = useFileItem();
  const form = useForm<Values, unknown, CreateBacklogItemInput>({
    resolver: zodResolver(CreateBacklogItemInput),
    defaultValues: {
      title: '',
      goal: '',
      value: 3,
      effort: 3,
      urgency: 'medium',
      segments: [],
      workflows: [],
      ...defaults,
    },
  });
  const [error, setError] = useState<string | null>(null);
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      onDone((await file.mutateAsync(values)).id);
    } catch (err) {
      setError(applyServerErrors(err, form.setError, FIELDS));
    }
  });

  return (
    <form className="stack backlog-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>File a change</h2>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {defaults?.fromExceptionId ? (
        <p className="muted">
          Filed from{' '}
          <Link to={`/exceptions/${defaults.fromExceptionId}`} target="_blank" rel="noopener">
            an exception request (opens in a new tab)
          </Link>
          : the item links back to it.
        </p>
      ) : null}
      <LintedFormField control={form.control} name="title" label="Title" rows={1} maxLength={140} />
      <LintedFormField
        control={form.control}
        name="goal"
        label="Goal"
        hint="Which goal of the team it serves, and how you would know it worked."
        rows={3}
        maxLength={2000}
      />
      <div className="form-row">
        <Field label="Expected value" error={errors.value?.message}>
          <select {...form.register('value', { valueAsNumber: true })}>
            {STEPS.map((n) => (
              <option key={n} value={n}>
                {VALUE_LABELS[n]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Effort" error={errors.effort?.message}>
          <select {...form.register('effort', { valueAsNumber: true })}>
            {STEPS.map((n) => (
              <option key={n} value={n}>
                {EFFORT_LABELS[n]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Urgency" error={errors.urgency?.message}>
          <select {...form.register('urgency')}>
            {URGENCIES.map((u) => (
              <option key={u} value={u}>
                {URGENCY_LABELS[u]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="checkbox-group" aria-describedby={errors.segments ? `${id}-segments-error` : undefined}>
        <legend>Segments it touches</legend>
        {(segments.data ?? [])
          .filter((s) => s.status === 'active')
          .map((s) => (
            <label key={s.key} className="checkbox">
              <input type="checkbox" value={s.key} {...form.register('segments')} />
              <span>{s.name}</span>
            </label>
          ))}
        <FieldHelp error={errors.segments?.message} errorId={`${id}-segments-error`} />
      </fieldset>
      {workflows.data && workflows.data.length > 0 ? (
        <fieldset className="checkbox-group backlog-workflows">
          <legend>Workflows it touches</legend>
          {workflows.data.map((w) => (
            <label key={w.id} className="checkbox">
              <input type="checkbox" value={w.id} {...form.register('workflows')} />
              <span>{w.name}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          File it
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
