import { useEffect } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import type { SegmentDetail } from '#domain/schemas/segments';
import { Notice } from '#src/components/ui/notice';
import { Loading } from '#src/components/ui/states';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { useContactAttributes } from '#src/shared/queries/get-contact-attributes';
import { CriteriaEditor } from '#src/shared/segment-definition/criteria-editor';
import { definitionOf } from '#src/shared/segment-definition/definition-of';
import { ImpactPreview } from '#src/shared/segment-definition/impact-preview';
import type { WizardValues } from '../utils/wizard-steps';

type Props = {
  segment: SegmentDetail | undefined;
  ownerName: string | undefined;
  /** The segment whose definition the editor holds now; a different segment starts it afresh. */
  prefilledFor: string | null;
  onPrefilled: (segmentKey: string) => void;
};

/** Step 3: exceptions change logic, never bypass it. Review the logic, or withdraw. */
export function ProtocolStep({ segment, ownerName, prefilledFor, onPrefilled }: Props) {
  const { control, register, formState, watch, setValue } = useFormContext<WizardValues>();
  const protocol = watch('protocol');
  const definition = watch('proposal.definition');
  const attributes = useContactAttributes();
  const choiceError = formState.errors.protocol?.message;
  const definitionErrors = formState.errors.proposal?.definition;

  useEffect(() => {
    if (!segment || prefilledFor === segment.key) return;
    setValue('proposal.definition', definitionOf(segment.current), { shouldDirty: true });
    onPrefilled(segment.key);
  }, [segment, prefilledFor, onPrefilled, setValue]);

  const owner = ownerName ?? 'the segmentation owner';
  return (
    <div className="stack">
      <div className="protocol-explainer">
        <p>
          <strong>Exceptions change the segment logic; they never bypass it.</strong> If the logic is wrong for these
          contacts, it is wrong for everyone it decides about, so the change goes to {owner} as a logic review and, once
          approved, applies as a new version.
        </p>
        <p>If the logic is right, the request stops here. That is the protocol working: the segment held.</p>
      </div>
      <fieldset className="choice-group" aria-describedby={choiceError ? 'protocol-error' : undefined}>
        <legend>How do you want to go on?</legend>
        <label className="choice choice-card">
          <input type="radio" value="logic_review" {...register('protocol')} />
          <span>
            <strong>The segment logic is wrong — propose a logic review</strong>
            <span className="muted">Edit the rules, say what readiness you observed, and {owner} decides.</span>
          </span>
        </label>
        <label className="choice choice-card">
          <input type="radio" value="withdraw" {...register('protocol')} />
          <span>
            <strong>The segment is right — withdraw</strong>
            <span className="muted">The request closes as withdrawn and nothing is sent.</span>
          </span>
        </label>
        {choiceError ? (
          <p className="field-error" id="protocol-error" role="alert">
            {choiceError}
          </p>
        ) : null}
      </fieldset>

      {protocol === 'withdraw' ? (
        <Notice tone="success" title="Withdrawing is a good outcome">
          The current segment decides, the pause is respected, and the request is counted as the protocol working.
        </Notice>
      ) : null}

      {protocol === 'logic_review' ? (
        definition ? (
          <>
            <fieldset className="fieldset">
              <legend>Proposed criteria: who is segment-eligible</legend>
              <p className="field-hint">Starts from version {segment?.current.version} as it is now.</p>
              <CriteriaEditor
                value={definition.criteria}
                onChange={(criteria) =>
                  setValue(
                    'proposal.definition',
                    { ...definition, criteria },
                    { shouldDirty: true, shouldValidate: formState.isSubmitted },
                  )
                }
                attributes={attributes.data}
              />
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={definition.pause.paused}
                  onChange={(e) =>
                    setValue(
                      'proposal.definition',
                      { ...definition, pause: { ...definition.pause, paused: e.target.checked } },
                      { shouldDirty: true },
                    )
                  }
                />
                Keep the segment paused
              </label>
              {definitionErrors ? (
                <p className="field-error" role="alert">
                  {definitionErrors.message ?? 'Some rules are not complete yet; each one says what it needs.'}
                </p>
              ) : null}
            </fieldset>
            <Controller
              control={control}
              name="proposal.rationale"
              render={({ field, fieldState }) => (
                <LintedTextField
                  label="Why the logic should change: the evidence of readiness"
                  hint={`What did you observe that shows these contacts are ready? ${owner} reads this beside the change.`}
                  rows={5}
                  maxLength={5000}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  name={field.name}
                  ref={field.ref}
                  error={fieldState.error?.message}
                />
              )}
            />
            <ImpactPreview segmentKey={segment?.key} definition={definition} />
          </>
        ) : (
          <Loading label="Loading the current definition…" />
        )
      ) : null}
    </div>
  );
}
