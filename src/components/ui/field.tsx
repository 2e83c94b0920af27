import { cloneElement, type ReactElement, useId } from 'react';

type Props = {
  label: string;
  error?: string;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
};

/** A label, a control, and its hint and error tied to it for screen readers. */
export function Field({ label, error, hint, children }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      <FieldHelp hint={hint} hintId={hintId} error={error} errorId={errorId} />
    </div>
  );
}

type HelpProps = { hint?: string; hintId?: string; error?: string | null; errorId?: string };

/** A field's hint and error, for controls that build their own frame (the linted text field, a combobox). */
export function FieldHelp({ hint, hintId, error, errorId }: HelpProps) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
