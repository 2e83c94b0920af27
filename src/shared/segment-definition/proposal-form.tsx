import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, type Resolver, useForm } from 'react-hook-form';
import { CreateProposalInput } from '#domain/schemas/segments';
import { Button } from '#src/components/ui/button';
import { Field } from '#src/components/ui/field';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { LintedFormField } from '#src/shared/linted-text/linted-form-field';
import { useContactAttributes } from '#src/shared/queries/get-contact-attributes';
import { CriteriaEditor } from './criteria-editor';
import { DefinitionFields } from './definition-fields';
import { ImpactPreview } from './impact-preview';
import './segment-definition.css';

type Values = CreateProposalInput;

type Props = {
  defaults: Values;
  /** Other segments' keys, offered as allowed transitions. */
  segmentKeys: string[];
  ownerName?: string;
  submitLabel: string;
  onSubmit: (values: Values) => Promise<unknown>;
  onCancel: () => void;
};

/**
 * The whole definition of a segment version plus the rationale, validated by the same schema the
 * server uses (CreateProposalInput), with a live impact preview computed on the server.
 */
export function ProposalForm({ defaults, segmentKeys, ownerName, submitLabel, onSubmit, onCancel }: Props) {
  const attributes = useContactAttributes();
  const form = useForm<Values>({
    resolver: zodResolver(CreateProposalInput) as unknown as Resolver<Values>,
    defaultValues: defaults,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [jsonParses, setJsonParses] = useState(true);
  const errors = form.formState.errors;
  const isNew = defaults.kind === 'create';
  const definition = form.watch('definition');
  const segmentKey = form.watch('segmentKey');

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    if (!jsonParses) {
      setFormError('The criteria JSON does not parse yet: fix it, or switch back to the builder.');
      return;
    }
    try {
      await onSubmit(values);
    } catch (err) {
      setFormError(applyServerErrors(err, form.setError, onTheForm));
    }
  });

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label={submitLabel}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <div className="form-grid">
        {isNew ? (
          <Field
            label="Key"
            hint="Lowercase words joined by hyphens, e.g. high-intent. It never changes."
            error={errors.segmentKey?.message}
          >
            <input autoComplete="off" data-plain-text="identifier" {...form.register('segmentKey')} />
          </Field>
        ) : null}
        <Field label="Name" error={errors.definition?.name?.message}>
          <input data-plain-text="name" {...form.register('definition.name')} />
        </Field>
      </div>
      <LintedFormField control={form.control} name="definition.description" label="Description" rows={2} />

      <fieldset className="fieldset">
        <legend>Criteria: who is segment-eligible</legend>
        <Controller
          control={form.control}
          name="definition.criteria"
          render={({ field }) => (
            <CriteriaEditor
              value={field.value}
              onChange={field.onChange}
              attributes={attributes.data}
              onJsonValidity={setJsonParses}
            />
          )}
        />
        {attributes.error ? (
          <p className="field-hint">Attribute suggestions could not be loaded; type attribute paths instead.</p>
        ) : null}
        {errors.definition?.criteria ? (
          <p className="field-error" role="alert">
            Some rules are not complete yet; each one says what it needs.
          </p>
        ) : null}
      </fieldset>

      <ImpactPreview segmentKey={isNew ? undefined : segmentKey} definition={definition} />

      <DefinitionFields
        register={form.register}
        control={form.control}
        errors={errors}
        segmentKeys={segmentKeys.filter((k) => k !== segmentKey)}
        ownerName={ownerName}
      />

      <LintedFormField
        control={form.control}
        name="rationale"
        label="Rationale"
        hint="Why this change, and what readiness you observed. The owner reads this before deciding."
      />
      {errors.baseVersion ? <Notice tone="error">{errors.baseVersion.message}</Notice> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

const FIELD_PATHS =
  /^(segmentKey|rationale|definition\.(name|description|priority|approval|transitions|expectedDwellDays\.(min|max)))$/;

/** The fields the server's issues can be shown on; anything else is said above the form. */
const onTheForm = (path: (string | number)[]) => (FIELD_PATHS.test(path.join('.')) ? path.join('.') : null);
