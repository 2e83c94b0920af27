import { type Control, Controller } from 'react-hook-form';
import type { ChecklistItem } from '#domain/schemas/checklist';
import { Badge } from '#src/components/ui/badge';
import { LintedFormField } from '#src/shared/linted-text/linted-form-field';
import type { ChecklistFormValues } from './checklist-form';

type Props = { item: ChecklistItem; index: number; control: Control<ChecklistFormValues>; readOnly: boolean };

/** One statement: the team's yes or no, Charter's evidence beside it, and a note. */
export function ChecklistItemField({ item, index, control, readOnly }: Props) {
  const prefilled = item.checked === null;
  return (
    <fieldset className="checklist-item" disabled={readOnly}>
      <legend>
        {index + 1}. {item.text}
      </legend>
      <Controller
        control={control}
        name={`items.${index}.checked`}
        render={({ field }) => (
          <div className="choice-row">
            {(['yes', 'no'] as const).map((v) => (
              <label key={v} className="choice">
                <input
                  type="radio"
                  name={field.name}
                  value={v}
                  checked={field.value === v}
                  onChange={() => field.onChange(v)}
                  onBlur={field.onBlur}
                />
                {v === 'yes' ? 'Yes' : 'No'}
              </label>
            ))}
          </div>
        )}
      />
      <p className="evidence">
        <Badge tone={item.evidence.suggested ? 'success' : 'warning'}>
          Records suggest {item.evidence.suggested ? 'yes' : 'no'}
        </Badge>{' '}
        {item.evidence.summary}
        {prefilled && !readOnly ? (
          <span className="muted"> Pre-filled from these records: the answer is yours.</span>
        ) : null}
      </p>
      {readOnly ? (
        item.note ? (
          <p className="checklist-note">{item.note}</p>
        ) : null
      ) : (
        <LintedFormField control={control} name={`items.${index}.note`} label={`Note on item ${index + 1}`} rows={2} />
      )}
    </fieldset>
  );
}
