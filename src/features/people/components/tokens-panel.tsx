import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { CreateTokenInput, TOKEN_SCOPES, type TokenScope } from '#domain/schemas/tokens';
import { Badge } from '#src/components/ui/badge';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';
import { Field } from '#src/components/ui/field';
import { Notice } from '#src/components/ui/notice';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { TableWrap } from '#src/components/ui/table-wrap';
import { applyServerErrors } from '#src/lib/form-errors';
import { formatDateTime } from '#src/lib/format';
import { useCreateToken } from '../api/create-token';
import { useTokens } from '../api/get-tokens';
import { useRevokeToken } from '../api/revoke-token';

const SCOPE_HELP: Record<TokenScope, string> = {
  'firewall:check': 'Ask the firewall before messaging anyone',
  'sends:write': 'Report what was actually sent',
  'contacts:write': 'Upsert contacts and their attributes',
  'workflows:write': 'Sync the automation platform’s workflow inventory',
  'outcomes:write': 'Report outcomes after sends (delivered, converted, unsubscribed…) for pilot readouts',
  read: 'Read everything a viewer can read',
};

export function TokensPanel() {
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  return (
    <section className="card" aria-labelledby="tokens-title">
      <div className="section-header">
        <h2 id="tokens-title">API tokens</h2>
        <Button variant="primary" onClick={() => setOpen(true)}>
          New token
        </Button>
      </div>
      <p className="muted">Machine clients, such as the automation platform calling the firewall, use scoped tokens.</p>
      {created ? (
        <Notice tone="success" title="Copy this token now: it will not be shown again">
          <code className="token-secret">{created}</code>
        </Notice>
      ) : null}
      {revoke.error ? <Notice tone="error">{revoke.error.message}</Notice> : null}
      {tokens.isPending ? <Loading /> : null}
      {tokens.error ? <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} /> : null}
      {tokens.data?.length === 0 ? <EmptyState title="No API tokens yet" /> : null}
      {tokens.data?.length ? (
        <TableWrap label="API tokens">
          <table className="table">
            <caption className="visually-hidden">API tokens</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Scopes</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((t) => (
                <tr key={t.id} className={t.revokedAt ? 'row-muted' : undefined}>
                  <th scope="row">
                    {t.name}
                    <span className="cell-sub">
                      <code>{t.prefix}…</code> by {t.createdBy}
                    </span>
                  </th>
                  <td>
                    <span className="badges">
                      {t.scopes.map((s) => (
                        <Badge key={s}>{s}</Badge>
                      ))}
                    </span>
                  </td>
                  <td>{formatDateTime(t.createdAt)}</td>
                  <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : 'Never'}</td>
                  <td>
                    {t.revokedAt ? (
                      <Badge>Revoked</Badge>
                    ) : (
                      <Button
                        variant="danger"
                        busy={revoke.isPending && revoke.variables === t.id}
                        onClick={() => {
                          if (window.confirm(`Revoke “${t.name}”? Calls with it will fail from now on.`))
                            revoke.mutate(t.id);
                        }}
                      >
                        Revoke
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="New API token"
        description="The token is shown once, right after you create it."
      >
        <NewTokenForm
          onDone={(token) => {
            setCreated(token);
            setOpen(false);
          }}
        />
      </Dialog>
    </section>
  );
}

function NewTokenForm({ onDone }: { onDone: (token: string) => void }) {
  const create = useCreateToken();
  const form = useForm<CreateTokenInput>({
    resolver: zodResolver(CreateTokenInput),
    defaultValues: { name: '', scopes: [] },
  });
  const [formError, setFormError] = useState<string | null>(null);
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    try {
      onDone((await create.mutateAsync(values)).token);
    } catch (err) {
      setFormError(applyServerErrors(err, form.setError, ['name', 'scopes']));
    }
  });
  return (
    <form className="stack" noValidate onSubmit={submit}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field label="Name" hint="Say which system uses it, e.g. “Automation platform”." error={errors.name?.message}>
        <input data-plain-text="name" {...form.register('name')} />
      </Field>
      <fieldset className="checkbox-group">
        <legend>Scopes</legend>
        {TOKEN_SCOPES.map((s) => (
          <label key={s} className="checkbox">
            <input type="checkbox" value={s} {...form.register('scopes')} />
            <span>
              <code>{s}</code> <span className="muted">{SCOPE_HELP[s]}</span>
            </span>
          </label>
        ))}
        {errors.scopes ? (
          <p className="field-error" role="alert">
            {errors.scopes.message}
          </p>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={create.isPending}>
          Create token
        </Button>
      </div>
    </form>
  );
}
