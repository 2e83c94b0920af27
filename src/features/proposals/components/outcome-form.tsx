import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { Controller, type Resolver, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { type FollowUpOutcome, RecordFollowUpInput } from '#domain/schemas/follow-ups';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { useRecordFollowUp } from '../api/record-follow-up';

const CHOICES: { value: FollowUpOutcome; label: string; hint: string }[] = [
  { value: 'kept', label: 'Keep it', hint: 'The figures support the change.' },
  { value: 'adjust', label: 'Adjust it', hint: 'Opens a proposal prefilled with the segment as it is now.' },
  { value: 'revert', label: 'Revert it', hint: 'Files a proposal that undoes the change, for a decision.' },
];

type Props = { proposalId: string; segmentKey: string; checkpoint: number };
type Values = RecordFollowUpInput;

/** The owner's outcome at a reached checkpoint, with a note that says what the figures showed. */
export function OutcomeForm({ proposalId, segmentKey, checkpoint }: Props) {
  const id = useId();
  const navigate = useNavigate();
  const record = useRecordFollowUp();
  const form = useForm<Values>({
    resolver: zodResolver(RecordFollowUpInput) as unknown as Resolver<Values>,
    defaultValues: { checkpoint: checkpoint as Values['checkpoint'], outcome: 'kept', note: '' },
  });
  const [error, setError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const result = await record.mutateAsync({ id: proposalId, ...values });
      if (result.prefill) {
        const q = new URLSearchParams({ propose: 'change', rationale: result.prefill.rationale });
        navigate(`/segments/${segmentKey}?${q}`);
      }
    } catch (err) {
      setError(applyServerErrors(err, form.setError, ['outcome', 'note']));
    }
  });
  return (
    <form className="stack" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Your outcome at {checkpoint} days</h3>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <fieldset className="outcome-choices">
        <legend className="visually-hidden">Outcome</legend>
        {CHOICES.map((c) => (
          <label key={c.value} className="outcome-choice">
            <input type="radio" value={c.value} {...form.register('outcome')} /> {c.label}
            <span className="field-hint"> — {c.hint}</span>
          </label>
        ))}
      </fieldset>
      <Controller
        name="note"
        control={form.control}
        render={({ field, fieldState }) => (
          <LintedTextField
            label="What the figures showed"
            hint="Required: the owner's reasoning stays with the change."
            rows={3}
            maxLength={2000}
            {...field}
            error={fieldState.error?.message}
          />
        )}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={record.isPending}>
          Record outcome
        </Button>
      </div>
    </form>
  );
}
