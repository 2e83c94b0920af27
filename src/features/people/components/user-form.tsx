import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { z } from 'zod';
import { roleMay } from '#domain/permissions';
import { ROLE_LABELS, ROLES, separationConflict } from '#domain/roles';
import { CreateUserInput } from '#domain/schemas/users';
import { Button } from '#src/components/ui/button';
import { Field } from '#src/components/ui/field';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';

const separation = (v: { roles: (typeof ROLES)[number][] }) => separationConflict(v.roles) === null;
const separationMessage = {
  message:
    "A marketer cannot also be owner, operations or admin: those who benefit from breaking rules don't own them.",
  path: ['roles'],
};

export const NewUserForm = CreateUserInput.refine(separation, separationMessage);
export const EditUserForm = CreateUserInput.pick({ name: true, team: true, startedAt: true, roles: true })
  .extend({ active: z.boolean() })
  .refine(separation, separationMessage);

type NewValues = z.infer<typeof NewUserForm>;
type EditValues = z.infer<typeof EditUserForm>;

type Props =
  | { mode: 'create'; defaults: NewValues; onSubmit: (v: NewValues) => Promise<unknown>; onCancel: () => void }
  | { mode: 'edit'; defaults: EditValues; onSubmit: (v: EditValues) => Promise<unknown>; onCancel: () => void };

const FIELDS = ['email', 'name', 'team', 'startedAt', 'roles', 'password', 'active'] as const;

export function UserForm(props: Props) {
  const schema = props.mode === 'create' ? NewUserForm : EditUserForm;
  type Values = NewValues & EditValues;
  const form = useForm<Values>({
    // One form for both modes; the schema decides which fields are checked.
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    defaultValues: props.defaults as NewValues & EditValues,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const errors = form.formState.errors;
  const tokensEnd =
    props.mode === 'edit' ? tokensEndWith(props.defaults, form.watch('roles'), form.watch('active')) : null;
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await props.onSubmit(values as never);
    } catch (err) {
      setFormError(applyServerErrors(err, form.setError, FIELDS));
    }
  });

  return (
    <form className="stack" noValidate onSubmit={submit}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {props.mode === 'create' ? (
        <Field label="Email" error={errors.email?.message}>
          <input type="email" autoComplete="off" {...form.register('email')} />
        </Field>
      ) : null}
      <Field label="Name" error={errors.name?.message}>
        <input data-plain-text="name" {...form.register('name')} />
      </Field>
      <Field label="Team" error={errors.team?.message}>
        <input data-plain-text="name" {...form.register('team')} />
      </Field>
      <Field
        label="Start date"
        hint="The onboarding period counts from this day. A date before today (or earlier than now set) waits for the owner to confirm."
        error={errors.startedAt?.message}
      >
        <input type="date" {...form.register('startedAt')} />
      </Field>
      <fieldset className="checkbox-group" aria-describedby="roles-hint">
        <legend>Roles</legend>
        <p id="roles-hint" className="field-hint">
          Owner, operations and admin take effect when a second person confirms; giving someone the owner role hands it
          over, as there is exactly one segmentation owner.
        </p>
        {ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input type="checkbox" value={role} {...form.register('roles')} />
            {ROLE_LABELS[role]}
          </label>
        ))}
        {errors.roles ? (
          <p className="field-error" role="alert">
            {errors.roles.message ?? errors.roles.root?.message}
          </p>
        ) : null}
      </fieldset>
      {props.mode === 'create' ? (
        <Field
          label="Initial password"
          hint="At least 12 characters; share it privately."
          error={errors.password?.message}
        >
          <input type="password" autoComplete="new-password" {...form.register('password')} />
        </Field>
      ) : (
        <label className="checkbox">
          <input type="checkbox" {...form.register('active')} />
          Active (can sign in)
        </label>
      )}
      {tokensEnd ? <Notice tone="warning">{tokensEnd}</Notice> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {props.mode === 'create' ? 'Add person' : 'Save changes'}
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </form>
  );
}

/** What saving would do to the person's API tokens, said before it is done (docs/rules.md, "API tokens"). */
function tokensEndWith(before: EditValues, roles: EditValues['roles'] | undefined, active: boolean | undefined) {
  if (before.active && active === false) {
    return 'Deactivating ends their sessions and revokes every API token they made.';
  }
  if (!roleMay(before.roles, 'tokens.manage') || roleMay(roles ?? [], 'tokens.manage')) return null;
  return 'Saving revokes every API token they made: only operations and admin may hold tokens.';
}
