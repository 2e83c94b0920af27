import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { SignInInput } from '../../../../domain/schemas/session';
import { Button } from '../../../components/ui/button';
import { Field } from '../../../components/ui/field';
import { Notice } from '../../../components/ui/notice';
import { isApiError } from '../../../lib/api-client';

type Props = { onSubmit: (values: SignInInput) => Promise<unknown>; error: unknown; busy: boolean };

export function SignInForm({ onSubmit, error, busy }: Props) {
  const form = useForm<SignInInput>({ resolver: zodResolver(SignInInput), defaultValues: { email: '', password: '' } });
  const errors = form.formState.errors;
  return (
    <form className="stack" noValidate onSubmit={form.handleSubmit((v) => onSubmit(v).catch(() => undefined))}>
      {error ? <Notice tone="error">{describe(error)}</Notice> : null}
      <Field label="Email" error={errors.email?.message}>
        <input type="email" autoComplete="username" {...form.register('email')} />
      </Field>
      <Field label="Password" error={errors.password?.message}>
        <input type="password" autoComplete="current-password" {...form.register('password')} />
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
  return error instanceof Error ? error.message : 'Sign-in failed.';
}
