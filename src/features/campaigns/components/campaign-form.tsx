import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, type Resolver, useForm } from 'react-hook-form';
import { CampaignInput } from '#domain/schemas/firewall';
import { CHANNELS } from '#domain/schemas/segments';
import { Button } from '#src/components/ui/button';
import { Field } from '#src/components/ui/field';
import { Notice } from '#src/components/ui/notice';
import { Loading } from '#src/components/ui/states';
import { applyServerErrors } from '#src/lib/form-errors';
import { channelName } from '#src/shared/labels/channel-name';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { useSegments } from '#src/shared/queries/get-segments';

type Values = CampaignInput;
type Props = {
  defaults: Values;
  submitLabel: string;
  onSubmit: (v: Values) => Promise<unknown>;
  onCancel?: () => void;
};

const FIELDS = ['name', 'channel', 'targetSegment', 'copy'] as const;

/** The mutable side of a campaign: name, channel, target segment and copy. Who receives it is the segment's call. */
export function CampaignForm({ defaults, submitLabel, onSubmit, onCancel }: Props) {
  const segments = useSegments();
  const form = useForm<Values>({
    resolver: zodResolver(CampaignInput) as unknown as Resolver<Values>,
    defaultValues: defaults,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(values);
      form.reset(values);
    } catch (err) {
      setFormError(applyServerErrors(err, form.setError, FIELDS));
    }
  });
  // A retired target stays selectable on an old campaign, so editing its copy does not silently drop it.
  const options = segments.data?.filter((s) => s.status === 'active' || s.key === defaults.targetSegment) ?? [];
  // The select gets its options before the form registers it, so the saved target shows as chosen.
  if (segments.isPending) return <Loading label="Loading segments…" />;

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label="Campaign">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field label="Name" error={errors.name?.message}>
        <input data-plain-text="name" {...form.register('name')} />
      </Field>
      <Field label="Channel" error={errors.channel?.message}>
        <select {...form.register('channel')}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {channelName(c)}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Target segment"
        hint={
          segments.error
            ? 'The segments could not be loaded; try again in a moment.'
            : 'The current segment of each contact decides whether it may be messaged.'
        }
        error={errors.targetSegment?.message}
      >
        <select {...form.register('targetSegment', { setValueAs: (v) => (v === '' || v == null ? null : v) })}>
          <option value="">Choose a segment</option>
          {options.map((s) => (
            <option key={s.key} value={s.key}>
              {s.name}
              {s.paused ? ' (paused)' : ''}
            </option>
          ))}
        </select>
      </Field>
      <Controller
        control={form.control}
        name="copy"
        render={({ field, fieldState }) => (
          <LintedTextField
            label="Copy"
            hint="Copy, creative and channel are yours to change at any time. Retired phrases are flagged as you type."
            rows={6}
            value={field.value ?? ''}
            onChange={field.onChange}
            onBlur={field.onBlur}
            name={field.name}
            ref={field.ref}
            error={fieldState.error?.message}
          />
        )}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>Cancel</Button> : null}
      </div>
    </form>
  );
}
