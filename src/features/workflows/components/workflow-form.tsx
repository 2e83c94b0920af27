import { useState } from 'react';
import { Controller, type FieldErrors, type Resolver, useForm } from 'react-hook-form';
import { CHANNELS } from '#domain/schemas/segments';
import { PLATFORMS, WorkflowInput, WRITABLE_STATUSES } from '#domain/schemas/workflows';
import { Button } from '#src/components/ui/button';
import { Field } from '#src/components/ui/field';
import { Notice } from '#src/components/ui/notice';
import { Loading } from '#src/components/ui/states';
import { applyServerErrors } from '#src/lib/form-errors';
import { channelName } from '#src/shared/labels/channel-name';
import { LintedFormField } from '#src/shared/linted-text/linted-form-field';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { useSegments } from '#src/shared/queries/get-segments';
import { useUsers } from '#src/shared/queries/get-users';
import { fieldOf, toInput, type WorkflowFormValues } from '../utils/form-values';
import { PLATFORM_NAMES, STATUS_NAMES } from '../utils/labels';

type Props = {
  defaults: WorkflowFormValues;
  /** Editing keeps the platform and its id: they are the workflow's identity. */
  editing: boolean;
  submitLabel: string;
  onSubmit: (input: WorkflowInput) => Promise<unknown>;
  onCancel?: () => void;
};

/** Validates with the API's own schema, each issue put on the field it is about. */
const resolver: Resolver<WorkflowFormValues> = async (values) => {
  const input = toInput(values);
  const parsed = WorkflowInput.safeParse(input);
  if (parsed.success) return { values, errors: {} };
  const errors: Record<string, unknown> = {};
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path as (string | number)[], input);
    if (!field) continue;
    const error = { type: 'validate', message: issue.message };
    if (field.startsWith('actionText.')) {
      errors.actionText = { ...(errors.actionText as object), [field.slice('actionText.'.length)]: error };
    } else errors[field] ??= error;
  }
  return { values: {}, errors: errors as FieldErrors<WorkflowFormValues> };
};

/** The content of a workflow: people edit it freely; every change is audited. */
export function WorkflowForm({ defaults, editing, submitLabel, onSubmit, onCancel }: Props) {
  const segments = useSegments();
  const users = useUsers();
  const form = useForm<WorkflowFormValues>({ resolver, defaultValues: defaults });
  const [formError, setFormError] = useState<string | null>(null);
  const errors = form.formState.errors;
  const audience = form.watch('audience');
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const input = toInput(values);
    try {
      await onSubmit(input);
      form.reset(values);
    } catch (err) {
      setFormError(applyServerErrors(err, form.setError, (path) => fieldOf(path, input)));
    }
  });
  if (segments.isPending || users.isPending) return <Loading label="Loading segments and people…" />;
  const choices = segments.data?.filter((s) => s.status === 'active' || defaults.audience.includes(s.key)) ?? [];

  return (
    <form className="stack workflow-form" noValidate onSubmit={submit} aria-label="Workflow">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <div className="form-row">
        <Field label="Platform" error={errors.platform?.message}>
          <select {...form.register('platform')} disabled={editing}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {PLATFORM_NAMES[p]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Id on the platform" hint="As the platform names it" error={errors.externalId?.message}>
          <input {...form.register('externalId')} readOnly={editing} data-plain-text="identifier" />
        </Field>
      </div>
      <Field label="Name" error={errors.name?.message}>
        <input {...form.register('name')} data-plain-text="name" />
      </Field>
      <LintedFormField
        control={form.control}
        name="trigger"
        label="Trigger"
        hint="What starts it, e.g. “Form submitted”"
        rows={1}
        maxLength={300}
      />
      <div className="form-row">
        <Field label="Channel" error={errors.channel?.message}>
          <select {...form.register('channel')}>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {channelName(c)}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Status" error={errors.status?.message}>
          <select {...form.register('status')}>
            {WRITABLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_NAMES[s]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="audience-fieldset" aria-describedby="audience-help">
        <legend>Audience, and what it does per segment</legend>
        <p className="field-hint" id="audience-help">
          The same trigger can do different things per current segment. Write <code>none</code> where it stays silent.
        </p>
        {errors.audience?.message ? (
          <p className="field-error" role="alert">
            {errors.audience.message}
          </p>
        ) : null}
        {choices.map((s) => {
          const chosen = audience.includes(s.key);
          return (
            <div key={s.key} className="audience-choice">
              <label className="checkbox">
                <input type="checkbox" value={s.key} {...form.register('audience')} />
                {s.name}
                {s.paused ? ' (paused)' : ''}
              </label>
              {chosen ? (
                <LintedFormField
                  control={form.control}
                  name={`actionText.${s.key}`}
                  label={`What it does for ${s.name}`}
                  placeholder="e.g. Welcome email, or none"
                  rows={1}
                  maxLength={200}
                />
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <Controller
        control={form.control}
        name="goal"
        render={({ field, fieldState }) => (
          <LintedTextField
            label="Goal"
            hint="What it is for. Retired phrases are flagged as you type."
            rows={3}
            value={field.value ?? ''}
            onChange={field.onChange}
            onBlur={field.onBlur}
            name={field.name}
            ref={field.ref}
            error={fieldState.error?.message}
          />
        )}
      />
      <Field label="Owner" hint="The person who answers for it" error={errors.owner?.message}>
        <select {...form.register('owner')}>
          <option value="">Nobody yet</option>
          {users.data
            ?.filter((u) => u.active || u.email === defaults.owner)
            .map((u) => (
              <option key={u.id} value={u.email}>
                {u.name}
              </option>
            ))}
        </select>
      </Field>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>Cancel</Button> : null}
      </div>
    </form>
  );
}
