import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { OverrideAttemptInput } from '#domain/schemas/firewall-views';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { LintedFormField } from '#src/shared/linted-text/linted-form-field';
import { useRecordOverrideAttempt } from '../api/record-override-attempt';

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  campaignId: string;
  segment: { key: string; name: string } | null;
};

const ReasonForm = OverrideAttemptInput.pick({ reason: true });
type ReasonValues = z.infer<typeof ReasonForm>;

/**
 * The only "send anyway" in Charter. It never sends: it explains the exception protocol, records
 * the wish with its reason (patterns of pressure are reviewed monthly) and points to the protocol.
 */
export function SendAnywayDialog({ open, onOpenChange, campaignId, segment }: Props) {
  const record = useRecordOverrideAttempt();
  const [protocol, setProtocol] = useState<string | null>(null);
  const form = useForm<ReasonValues>({ resolver: zodResolver(ReasonForm), defaultValues: { reason: '' } });
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async ({ reason }) => {
    setFormError(null);
    try {
      const res = await record.mutateAsync({ campaignId, ...(segment ? { segmentKey: segment.key } : {}), reason });
      setProtocol(res.protocol);
    } catch (err) {
      setFormError(applyServerErrors(err, form.setError, ['reason']));
    }
  });
  const close = (next: boolean) => {
    onOpenChange(next);
    if (!next) {
      setProtocol(null);
      form.reset({ reason: '' });
    }
  };
  const href = `/exceptions/new?${new URLSearchParams({ ...(segment ? { segment: segment.key } : {}), campaign: campaignId })}`;

  return (
    <Dialog
      open={open}
      onOpenChange={close}
      title="Sending outside the segment logic"
      description="Charter has no send-once path: exceptions change logic, never bypass it."
    >
      <div className="stack">
        <p>
          If these contacts should hear from you, the logic that holds them back may need to change. The exception
          protocol is how that happens:
        </p>
        <ol className="protocol-steps">
          <li>
            <strong>Name the segment</strong>
            {segment ? ` — ${segment.name}` : ''}: which current segment holds these contacts.
          </li>
          <li>
            <strong>Name the risk</strong>: what could go wrong for these contacts if they were messaged now.
          </li>
          <li>
            <strong>Review the logic</strong>: propose a change for the segmentation owner to review, or withdraw the
            request. A withdrawn request is the system working.
          </li>
        </ol>
        {protocol ? (
          <>
            <Notice tone="info" title="Recorded with your reason. Nothing was sent.">
              {protocol}
            </Notice>
            <div className="form-actions">
              <Link className="btn btn-primary" to={href}>
                Open the exception protocol{segment ? ` for ${segment.name}` : ''}
              </Link>
              <Button onClick={() => close(false)}>Close</Button>
            </div>
          </>
        ) : (
          <form className="stack" noValidate onSubmit={submit}>
            {formError ? <Notice tone="error">{formError}</Notice> : null}
            <LintedFormField
              control={form.control}
              name="reason"
              label="What made you want to send now?"
              hint="Your reason is recorded so the monthly review can see where pressure shows up. It is read as a pattern, not as a mark against you."
              rows={3}
              maxLength={2000}
            />
            <div className="form-actions">
              <Button type="submit" variant="primary" busy={record.isPending}>
                Record my reason
              </Button>
              <Link className="btn btn-secondary" to={href}>
                Go to the exception protocol
              </Link>
            </div>
          </form>
        )}
      </div>
    </Dialog>
  );
}
