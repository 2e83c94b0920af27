import { type Control, Controller } from 'react-hook-form';
import { SCORE_LABELS } from '#domain/instruments/diagnostic';
import type { DiagnosticObservation } from '#domain/schemas/diagnostics';
import { LintedFormField } from '#src/shared/linted-text/linted-form-field';
import type { DiagnosticFormValues } from './diagnostic-form';

type Props = {
  question: { key: string; text: string };
  index: number;
  observed: DiagnosticObservation | undefined;
  control: Control<DiagnosticFormValues>;
};

/** One question: a score on the 0–4 scale as radio buttons, what Charter observed, and a note. */
export function DiagnosticQuestion({ question, index, observed, control }: Props) {
  return (
    <fieldset className="diagnostic-question">
      <legend>{question.text}</legend>
      <Controller
        control={control}
        name={`answers.${index}.score`}
        render={({ field, fieldState }) => (
          <>
            <div className="choice-row">
              {SCORE_LABELS.map((text, score) => (
                <label key={text} className="choice">
                  <input
                    type="radio"
                    name={field.name}
                    value={score}
                    checked={field.value === String(score)}
                    onChange={() => field.onChange(String(score))}
                    onBlur={field.onBlur}
                  />
                  {score} · {text}
                </label>
              ))}
            </div>
            {fieldState.error ? (
              <p className="field-error" role="alert">
                {fieldState.error.message}
              </p>
            ) : null}
          </>
        )}
      />
      {observed ? (
        <p className="evidence">
          Charter observed: {observed.basis} It suggests {observed.score} ({SCORE_LABELS[observed.score]}), pre-filled.
        </p>
      ) : null}
      <LintedFormField control={control} name={`answers.${index}.note`} label="Note" rows={2} />
    </fieldset>
  );
}
