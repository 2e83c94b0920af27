import { type FormEvent, useState } from 'react';
import type { SignInInput } from '#domain/schemas/session';
import { Button } from '#src/components/ui/button';
import { Field } from '#src/components/ui/field';
import { Notice } from '#src/components/ui/notice';
import { isApiError } from '#src/lib/api-client';

type Props = { onSubmit: (values: SignInInput) => Promise<unknown>; error: unknown; busy: boolean };
type Errors = Partial<Record<keyof SignInInput, string>>;

// The sign-in page is the first thing anyone loads, so it checks these two fields by hand rather
// than pulling the form and schema libraries into its bundle; the server validates with SignInInput.
function check(values: SignInInput): Errors {
  const errors: Errors = {};
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) errors.email = 'Enter a valid email address';
  if (values.password.length === 0) errors.password = 'Enter your password';
  return errors;
}

export function SignInForm({ onSubmit, error, busy }: Props) {
  const [errors, setErrors] = useState<Errors>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = { email: String(data.get('email') ?? '').trim(), password: String(data.get('password') ?? '') };
    const found = check(values);
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(values).catch(() => undefined);
  };

  return (
    <form className="stack" noValidate onSubmit={submit}>
      {error ? <Notice tone="error">{describe(error)}</Notice> : null}
      <Field label="Email" error={errors.email}>
        <input name="email" type="email" autoComplete="username" />
      </Field>
      <Field label="Password" error={errors.password}>
        <input name="password" type="password" autoComplete="current-password" />
      </Field>
      <Button type="submit" variant="primary" busy={busy}>
        Sign in
      </Button>
    </form>
  );
}

function describe(error: unknown): string {
  if (isApiError(error, 401)) return 'That email and password do not match an active account.';
  if (isApiError(error, 429)) return 'Too many failed attempts for this email. Wait 15 minutes, then try again.';
  if (isApiError(error)) return error.message;
  return error instanceof Error ? error.message : 'Sign-in failed.';
}
