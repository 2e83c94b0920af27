import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  Example,
  type GlossaryEntry,
  GlossaryKind,
  GlossaryPhrase,
  type GlossaryTermValues,
  Replacement,
  termRuleIssues,
} from '#domain/schemas/glossary';
import { Button } from '#src/components/ui/button';
import { Field } from '#src/components/ui/field';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';

// react-hook-form keeps list items as objects, so each replacement and example is {value}.
const TermFormSchema = z
  .object({
    phrase: GlossaryPhrase,
    kind: GlossaryKind,
    reason: z.string().trim().max(500, 'At most 500 characters'),
    definition: z.string().trim().max(500, 'At most 500 characters'),
    replacements: z.array(z.object({ value: Replacement })).max(10, 'At most 10 replacements'),
    examples: z.array(z.object({ value: Example })).max(10, 'At most 10 examples'),
  })
  .superRefine((v, ctx) => {
    const rules = termRuleIssues({ ...v, replacements: v.replacements.map((r) => r.value) });
    for (const issue of rules) ctx.addIssue({ code: 'custom', path: formPath(issue.path), message: issue.message });
  });
export type TermFormValues = z.infer<typeof TermFormSchema>;

/** API paths (`replacements.0`) onto form paths (`replacements.0.value`). */
function formPath(path: (string | number)[]): (string | number)[] {
  const [field, index] = path;
  return (field === 'replacements' || field === 'examples') && typeof index === 'number'
    ? [field, index, 'value']
    : path.slice(0, 1);
}

export function formValuesOf(term?: GlossaryEntry): TermFormValues {
  return {
    phrase: term?.phrase ?? '',
    kind: term?.kind ?? 'retired',
    reason: term?.reason ?? '',
    definition: term?.definition ?? '',
    replacements: (term?.replacements ?? ['']).map((value) => ({ value })),
    examples: (term?.examples ?? []).map((value) => ({ value })),
  };
}

export function toTermInput(v: TermFormValues): GlossaryTermValues {
  const retired = v.kind === 'retired';
  return {
    phrase: v.phrase,
    kind: v.kind,
    ...(retired ? { reason: v.reason } : { definition: v.definition }),
    replacements: retired ? v.replacements.map((r) => r.value) : [],
    examples: v.examples.map((e) => e.value),
  };
}

type Props = {
  defaults: TermFormValues;
  submitLabel: string;
  onSubmit: (input: GlossaryTermValues) => Promise<unknown>;
  onCancel: () => void;
};

export function TermForm({ defaults, submitLabel, onSubmit, onCancel }: Props) {
  const form = useForm<TermFormValues>({ resolver: zodResolver(TermFormSchema), defaultValues: defaults });
  const replacements = useFieldArray({ control: form.control, name: 'replacements' });
  const examples = useFieldArray({ control: form.control, name: 'examples' });
  const [formError, setFormError] = useState<string | null>(null);
  const errors = form.formState.errors;
  const kind = form.watch('kind');

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSubmit(toTermInput(values));
    } catch (err) {
      setFormError(applyServerErrors(err, form.setError, (path) => formPath(path).join('.')));
    }
  });

  return (
    <form className="stack" noValidate onSubmit={submit}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field
        label="Phrase"
        hint="Write it once, plainly: the linter also catches plurals and verb forms."
        error={errors.phrase?.message}
      >
        <input data-plain-text="glossary" autoComplete="off" {...form.register('phrase')} />
      </Field>
      <fieldset className="checkbox-group">
        <legend>Kind</legend>
        <div className="radio-row">
          <label className="checkbox">
            <input type="radio" value="retired" {...form.register('kind')} /> Retired: flagged wherever people write
          </label>
          <label className="checkbox">
            <input type="radio" value="promoted" {...form.register('kind')} /> Promoted: the language to use
          </label>
        </div>
      </fieldset>
      {kind === 'retired' ? (
        <>
          <Field label="Why it is retired" error={errors.reason?.message}>
            <textarea data-plain-text="glossary" rows={2} {...form.register('reason')} />
          </Field>
          <fieldset className="list-editor">
            <legend>Say instead</legend>
            {replacements.fields.map((item, i) => (
              <div className="list-editor-row" key={item.id}>
                <Field label={`Replacement ${i + 1}`} error={errors.replacements?.[i]?.value?.message}>
                  <input data-plain-text="glossary" autoComplete="off" {...form.register(`replacements.${i}.value`)} />
                </Field>
                <Button
                  variant="ghost"
                  aria-label={`Remove replacement ${i + 1}`}
                  onClick={() => replacements.remove(i)}
                >
                  Remove
                </Button>
              </div>
            ))}
            {errors.replacements?.message ? (
              <p className="field-error" role="alert">
                {errors.replacements.message}
              </p>
            ) : null}
            <div>
              <Button onClick={() => replacements.append({ value: '' })}>Add a replacement</Button>
            </div>
          </fieldset>
        </>
      ) : (
        <Field label="What it means" error={errors.definition?.message}>
          <textarea data-plain-text="glossary" rows={2} {...form.register('definition')} />
        </Field>
      )}
      <fieldset className="list-editor">
        <legend>Examples</legend>
        <p className="field-hint">
          Sentences written in the promoted language. Retired phrases are flagged as you type.
        </p>
        {examples.fields.map((item, i) => (
          <div className="list-editor-row" key={item.id}>
            <Controller
              control={form.control}
              name={`examples.${i}.value`}
              render={({ field, fieldState }) => (
                <LintedTextField label={`Example ${i + 1}`} rows={2} {...field} error={fieldState.error?.message} />
              )}
            />
            <Button variant="ghost" aria-label={`Remove example ${i + 1}`} onClick={() => examples.remove(i)}>
              Remove
            </Button>
          </div>
        ))}
        <div>
          <Button onClick={() => examples.append({ value: '' })}>Add an example</Button>
        </div>
      </fieldset>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
