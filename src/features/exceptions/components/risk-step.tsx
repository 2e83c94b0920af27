import { Controller, useFormContext } from 'react-hook-form';
import { RISK_CATEGORIES, RISK_LABELS } from '#domain/exceptions/terms';
import { formatCount } from '#src/lib/format';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import type { WizardValues } from '../utils/wizard-steps';

/** Step 2: name the risk of sending now, as a category and in the requester's own words. */
export function RiskStep() {
  const { control, register, formState, watch } = useFormContext<WizardValues>();
  const error = formState.errors.riskCategory?.message;
  const length = watch('riskStatement').trim().length;
  return (
    <div className="stack">
      <fieldset className="choice-group" aria-describedby={error ? 'risk-category-error' : undefined}>
        <legend>What is the risk of sending now?</legend>
        {RISK_CATEGORIES.map((c) => (
          <label key={c} className="choice">
            <input type="radio" value={c} aria-invalid={error ? true : undefined} {...register('riskCategory')} />
            {RISK_LABELS[c]}
          </label>
        ))}
        {error ? (
          <p className="field-error" id="risk-category-error" role="alert">
            {error}
          </p>
        ) : null}
      </fieldset>
      <Controller
        control={control}
        name="riskStatement"
        render={({ field, fieldState }) => (
          <LintedTextField
            label="The risk, in your own words"
            hint={`20 to 1,000 characters (${formatCount(length)} so far). Say what the contacts would experience.`}
            rows={5}
            maxLength={1000}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            name={field.name}
            ref={field.ref}
            error={fieldState.error?.message}
          />
        )}
      />
    </div>
  );
}
