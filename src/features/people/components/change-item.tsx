import { useId, useState } from 'react';
import { RejectUserChangeInput } from '#domain/schemas/user-changes';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';
import { Notice } from '#src/components/ui/notice';
import { fieldIssue } from '#src/lib/api-client';
import { formatDate } from '#src/lib/format';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { useConfirmUserChange } from '../api/confirm-user-change';
import type { UserChange } from '../api/get-user-changes';
import { useRejectUserChange } from '../api/reject-user-change';
import { useWithdrawUserChange } from '../api/withdraw-user-change';
import { changeTitle, untilConfirmed, waitingFor, whenConfirmed, whyNotYou } from '../utils/describe-change';

type Dialogs = 'confirm' | 'reject' | null;

/** One change waiting for a second person, with what the reader may do about it. */
export function ChangeItem({ change }: { change: UserChange }) {
  const id = useId();
  const confirm = useConfirmUserChange();
  const reject = useRejectUserChange();
  const withdraw = useWithdrawUserChange();
  const [open, setOpen] = useState<Dialogs>(null);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const title = changeTitle(change);
  const why = whyNotYou(change);
  const failed = withdraw.error;

  const onReject = () => {
    const parsed = RejectUserChangeInput.safeParse({ reason });
    if (!parsed.success) return setReasonError(parsed.error.issues[0]?.message ?? 'Say why');
    setReasonError(null);
    reject.mutate(
      { id: change.id, reason: parsed.data.reason },
      {
        onSuccess: () => setOpen(null),
        onError: (err) => {
          const issue = fieldIssue(err, 'reason');
          if (issue) setReasonError(issue.message);
        },
      },
    );
  };

  return (
    <article className="change-item" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="muted">
        Proposed by {change.proposedBy.name} on {formatDate(change.proposedAt)}. {waitingFor(change)}
      </p>
      <p>
        {whenConfirmed(change)} {untilConfirmed(change)}
      </p>
      {why ? <p className="change-why">{why}</p> : null}
      {failed ? <Notice tone="error">{failed.message}</Notice> : null}
      <div className="form-actions">
        {change.canConfirm ? (
          <>
            <Button variant="primary" onClick={() => setOpen('confirm')}>
              Confirm…
            </Button>
            <Button onClick={() => setOpen('reject')}>Reject…</Button>
          </>
        ) : null}
        {change.canWithdraw ? (
          <Button busy={withdraw.isPending} onClick={() => withdraw.mutate(change.id)}>
            Withdraw
          </Button>
        ) : null}
      </div>

      <Dialog open={open === 'confirm'} onOpenChange={(o) => setOpen(o ? 'confirm' : null)} title={title}>
        <div className="stack">
          <p>{whenConfirmed(change)}</p>
          {confirm.error ? <Notice tone="error">{confirm.error.message}</Notice> : null}
          <LintedTextField label="Note (optional)" rows={2} maxLength={2000} value={note} onChange={setNote} />
          <div className="form-actions">
            <Button
              variant="primary"
              busy={confirm.isPending}
              onClick={() =>
                confirm.mutate({ id: change.id, note: note.trim() || undefined }, { onSuccess: () => setOpen(null) })
              }
            >
              Confirm
            </Button>
            <Button onClick={() => setOpen(null)}>Cancel</Button>
          </div>
        </div>
      </Dialog>

      <Dialog open={open === 'reject'} onOpenChange={(o) => setOpen(o ? 'reject' : null)} title={`Reject: ${title}`}>
        <div className="stack">
          {reject.error && !reasonError ? <Notice tone="error">{reject.error.message}</Notice> : null}
          <LintedTextField
            label="Why reject (required)"
            rows={3}
            maxLength={2000}
            value={reason}
            onChange={setReason}
            error={reasonError ?? undefined}
          />
          <div className="form-actions">
            <Button variant="danger" busy={reject.isPending} onClick={onReject}>
              Reject change
            </Button>
            <Button onClick={() => setOpen(null)}>Cancel</Button>
          </div>
        </div>
      </Dialog>
    </article>
  );
}
