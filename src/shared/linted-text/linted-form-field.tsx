import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { LintedTextField, type LintedTextFieldProps } from './linted-text-field';

type Props<T extends FieldValues> = { control: Control<T>; name: Path<T> } & Omit<
  LintedTextFieldProps,
  'value' | 'onChange' | 'onBlur' | 'name' | 'ref' | 'error'
>;

/** A linted text field bound to a react-hook-form field, with the field's error shown under it. */
export function LintedFormField<T extends FieldValues>({ control, name, ...props }: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <LintedTextField {...props} {...field} value={field.value ?? ''} error={fieldState.error?.message} />
      )}
    />
  );
}
