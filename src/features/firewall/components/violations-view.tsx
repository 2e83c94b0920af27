import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { roleMay } from '#domain/permissions';
import { ResolveViolationInput } from '#domain/schemas/firewall-views';
import { channelLabel } from '#domain/segments/describe';
import { Badge } from '#src/components/ui/badge';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';
import { Notice } from '#src/components/ui/notice';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { TableWrap } from '#src/components/ui/table-wrap';
import { applyServerErrors } from '#src/lib/form-errors';
import { formatDateTime } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { LintedFormField } from '#src/shared/linted-text/linted-form-field';
import { useAcknowledgeViolation } from '../api/acknowledge-violation';
import { useViolations, type Violation } from '../api/get-violations';
import { useResolveViolation } from '../api/resolve-violation';

const STATUS: Record<Violation['status'], { label: string; tone: 'danger' | 'warning' | 'success' }> = {
  open: { label: 'Open', tone: 'danger' },
  acknowledged: { label: 'Acknowledged', tone: 'warning' },
  resolved: { label: 'Resolved', tone: 'success' },
};

/** Sends that reached a paused segment: the one thing on these pages shown in red. */
export function ViolationsView({ month }: { month: string }) {
  const me = useCurrentUser();
  const canManage = roleMay(me.roles, 'violations.manage');
  const violations = useViolations(month);
  const acknowledge = useAcknowledgeViolation();
  const [resolving, setResolving] = useState<Violation | null>(null);

  return (
    <section className="card" aria-labelledby="violations-title">
      <h2 id="violations-title">Pause violations</h2>
      <p className="muted">
        Sends the automation platform reported to contacts whose segment was paused for that channel. The target is
        zero; each one names its source so the leak can be fixed.
      </p>
      {acknowledge.error ? <Notice tone="error">{acknowledge.error.message}</Notice> : null}
      {violations.isPending ? <Loading label="Loading pause violations…" /> : null}
      {violations.error ? <ErrorState error={violations.error} onRetry={() => violations.refetch()} /> : null}
      {violations.data?.length === 0 ? (
        <EmptyState title="No pause violations this month">Every pause held: pause respected.</EmptyState>
      ) : null}
      {violations.data?.length ? (
        <TableWrap label="Each pause violation and what was done about it">
          <table className="table">
            <caption className="visually-hidden">Pause violations</caption>
            <thead>
              <tr>
                <th scope="col">Sent</th>
                <th scope="col">Contact</th>
                <th scope="col">Paused segment</th>
                <th scope="col">Source</th>
                <th scope="col">Status</th>
                {canManage ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {violations.data.map((v) => (
                <tr key={v.id} className={v.status === 'open' ? 'row-violation' : undefined}>
                  <th scope="row" className="nowrap">
                    {formatDateTime(v.sentAt)}
                    <span className="cell-sub">{channelLabel(v.channel)}</span>
                  </th>
                  <td>
                    <code>{v.contactId}</code>
                  </td>
                  <td>{v.segment}</td>
                  <td>{v.source}</td>
                  <td>
                    <Badge tone={STATUS[v.status].tone}>{STATUS[v.status].label}</Badge>
                    {v.resolutionNote ? <span className="cell-sub">{v.resolutionNote}</span> : null}
                  </td>
                  {canManage ? (
                    <td>
                      <span className="form-actions">
                        {v.status === 'open' ? (
                          <Button
                            busy={acknowledge.isPending && acknowledge.variables === v.id}
                            aria-label={`Acknowledge the violation for ${v.contactId}`}
                            onClick={() => acknowledge.mutate(v.id)}
                          >
                            Acknowledge
                          </Button>
                        ) : null}
                        {v.status !== 'resolved' ? (
                          <Button
                            aria-label={`Resolve the violation for ${v.contactId}`}
                            onClick={() => setResolving(v)}
                          >
                            Resolve
                          </Button>
                        ) : null}
                      </span>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      <Dialog
        open={resolving !== null}
        onOpenChange={(o) => !o && setResolving(null)}
        title="Resolve a pause violation"
        description={
          resolving ? `Sent by ${resolving.source} to ${resolving.contactId} in ${resolving.segment}.` : undefined
        }
      >
        {resolving ? <ResolveForm violation={resolving} onDone={() => setResolving(null)} /> : null}
      </Dialog>
    </section>
  );
}

type ResolveValues = z.infer<typeof ResolveViolationInput>;

function ResolveForm({ violation, onDone }: { violation: Violation; onDone: () => void }) {
  const resolve = useResolveViolation();
  const form = useForm<ResolveValues>({ resolver: zodResolver(ResolveViolationInput), defaultValues: { note: '' } });
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async ({ note }) => {
    setFormError(null);
    try {
      await resolve.mutateAsync({ id: violation.id, note });
      onDone();
    } catch (err) {
      setFormError(applyServerErrors(err, form.setError, ['note']));
    }
  });
  return (
    <form className="stack" noValidate onSubmit={submit}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <LintedFormField
        control={form.control}
        name="note"
        label="How the leak was fixed"
        hint="For example: which flow or integration sent it, and what now checks the firewall first."
        maxLength={2000}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={resolve.isPending}>
          Resolve
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
