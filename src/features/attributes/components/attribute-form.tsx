import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { AcceptAttributeInput, AttributeType } from '#domain/schemas/attributes';
import { SENSITIVITIES, SENSITIVITY_LABELS } from '#domain/schemas/sensitivity';
import { Button } from '#src/components/ui/button';
import { Field, FieldHelp } from '#src/components/ui/field';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { LintedFormField } from '#src/shared/linted-text/linted-form-field';
import type { Attribute } from '#src/shared/queries/get-attributes';
import { useUsers } from '#src/shared/queries/get-users';
import { useAcceptAttribute, useUpdateAttribute } from '../api/save-attribute';
import { changedFields } from '../utils/changed-fields';

const FIELDS = ['definition', 'type', 'source', 'ownerId', 'sensitivity'];

const SENSITIVITY_HINTS = {
  none: 'Says nothing about a person on its own: plan, lifecycle, scores.',
  personal: 'Personal data: age, location, consent.',
  special_category: 'Health, beliefs, ethnicity, sexuality, union membership and the like.',
} as const;

const defaultsOf = (a: Attribute, ownerId: string): AcceptAttributeInput => ({
  definition: a.definition ?? '',
  type: a.type,
  source: a.source ?? '',
  ownerId: a.owner?.id ?? ownerId,
  sensitivity: a.sensitivity ?? 'none',
});

/**
 * Accepting a discovered attribute into the dictionary, or editing an accepted entry (owner).
 * Accepting is the decision that lets criteria use it; a sensitive one brings a fairness warning
 * to every proposal that reads it.
 */
export function AttributeForm({
  attribute,
  ownerId,
  onDone,
}: {
  attribute: Attribute;
  ownerId: string;
  onDone: () => void;
}) {
  const id = useId();
  const users = useUsers();
  const accept = useAcceptAttribute();
  const update = useUpdateAttribute();
  const editing = attribute.status === 'accepted';
  const defaults = defaultsOf(attribute, ownerId);
  const form = useForm<AcceptAttributeInput>({ resolver: zodResolver(AcceptAttributeInput), defaultValues: defaults });
  const [error, setError] = useState<string | null>(null);
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      if (editing) {
        const changes = changedFields(defaults, values);
        if (Object.keys(changes).length > 0) await update.mutateAsync({ name: attribute.name, ...changes });
      } else {
        await accept.mutateAsync({ name: attribute.name, ...values });
      }
      onDone();
    } catch (err) {
      setError(applyServerErrors(err, form.setError, FIELDS));
    }
  });

  return (
    <form className="stack attribute-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {editing ? 'Edit' : 'Accept'} <code>{attribute.name}</code>
      </h3>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <LintedFormField
        control={form.control}
        name="definition"
        label="Definition"
        hint="What the value means, in words a marketer can check."
        rows={3}
        maxLength={2000}
      />
      <div className="form-row">
        <Field label="Type" error={errors.type?.message}>
          <select {...form.register('type')}>
            {AttributeType.options.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Source system" hint="Where the value comes from." error={errors.source?.message}>
          <input type="text" data-plain-text="name" {...form.register('source')} />
        </Field>
        <Field label="Data owner" hint="The person who answers for the data." error={errors.ownerId?.message}>
          <select {...form.register('ownerId')}>
            {(users.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset
        className="checkbox-group"
        aria-describedby={errors.sensitivity ? `${id}-sensitivity-error` : undefined}
      >
        <legend>Sensitivity</legend>
        {SENSITIVITIES.map((s) => (
          <label key={s} className="checkbox">
            <input type="radio" value={s} {...form.register('sensitivity')} />
            <span>
              {SENSITIVITY_LABELS[s]}
              <span className="cell-sub">{SENSITIVITY_HINTS[s]}</span>
            </span>
          </label>
        ))}
        <FieldHelp
          hint="Proposals whose criteria read personal or special-category data carry a fairness warning the owner acknowledges with a note."
          error={errors.sensitivity?.message}
          errorId={`${id}-sensitivity-error`}
        />
      </fieldset>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {editing ? 'Save entry' : 'Accept into the dictionary'}
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
