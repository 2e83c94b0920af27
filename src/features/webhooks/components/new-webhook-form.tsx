import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { CreateWebhookInput, EVENT_KINDS } from '#domain/schemas/webhooks';
import { Button } from '#src/components/ui/button';
import { Field } from '#src/components/ui/field';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { useCreateWebhook } from '../api/create-webhook';
import { EVENT_HELP } from './event-help';

type FormValues = z.input<typeof CreateWebhookInput>;

/** Adds an endpoint; `onDone` gets the secret, which the page shows once. */
export function NewWebhookForm({ onDone }: { onDone: (secret: string) => void }) {
  const create = useCreateWebhook();
  const form = useForm<FormValues, unknown, z.output<typeof CreateWebhookInput>>({
    resolver: zodResolver(CreateWebhookInput),
    defaultValues: { url: '', description: '', kind: 'standard', events: [] },
  });
  const [formError, setFormError] = useState<string | null>(null);
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    try {
      onDone((await create.mutateAsync(values)).secret);
    } catch (err) {
      setFormError(applyServerErrors(err, form.setError, ['url', 'events', 'description', 'kind']));
    }
  });
  return (
    <form className="stack" noValidate onSubmit={submit}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field label="URL" hint="Where Charter posts each event. Public addresses only." error={errors.url?.message}>
        <input type="url" {...form.register('url')} />
      </Field>
      <Field label="Kind" error={errors.kind?.message}>
        <select {...form.register('kind')}>
          <option value="standard">Signed JSON (Standard Webhooks)</option>
          <option value="slack">Slack incoming webhook</option>
        </select>
      </Field>
      <Field label="Description" hint="Who receives it, e.g. “CRM team’s alerts”." error={errors.description?.message}>
        <input {...form.register('description')} data-plain-text="name" />
      </Field>
      <fieldset className="checkbox-group">
        <legend>Events</legend>
        {EVENT_KINDS.map((kind) => (
          <label key={kind} className="checkbox">
            <input type="checkbox" value={kind} {...form.register('events')} />
            <span>
              <code>{kind}</code> <span className="muted">{EVENT_HELP[kind]}</span>
            </span>
          </label>
        ))}
        {errors.events ? (
          <p className="field-error" role="alert">
            {errors.events.message}
          </p>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={create.isPending}>
          Add endpoint
        </Button>
      </div>
    </form>
  );
}
