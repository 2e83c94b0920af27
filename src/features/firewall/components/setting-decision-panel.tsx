import { useId, useState } from 'react';
import { RejectInput } from '#domain/schemas/segments';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { fieldIssue, isApiError } from '#src/lib/api-client';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { useApproveSettingProposal, useRejectSettingProposal } from '../api/decide-setting-proposal';
import type { SettingProposal } from '../api/get-setting-proposal';
import { describeSettingValue, explainSettingRefusal } from '../utils/setting-proposals';

type Props = { proposal: SettingProposal; onReload: () => void };

/**
 * Approve (with an optional note) or reject (with a required rationale) a setting proposal. Shown
 * only when the server says this person may decide; the approval carries the revision on screen.
 */
export function SettingDecisionPanel({ proposal: p, onReload }: Props) {
  const id = useId();
  const approve = useApproveSettingProposal();
  const reject = useRejectSettingProposal();
  const [note, setNote] = useState('');
  const [rationale, setRationale] = useState('');
  const [rationaleError, setRationaleError] = useState<string | null>(null);
  const refusal = approve.error ?? reject.error;
  // Once the reloaded proposal shows its base changed, the page's own notice says it all.
  const explained = p.baseChanged && isApiError(refusal) && refusal.code === 'stale_base_version';
  const why =
    refusal && !explained && !(isApiError(refusal) && refusal.issues.length > 0)
      ? explainSettingRefusal(isApiError(refusal) ? refusal.code : 'unknown', refusal.message, p.proposer.name)
      : null;

  const onApprove = () => {
    reject.reset();
    approve.mutate({ id: p.id, revision: p.revision, ...(note.trim() ? { note: note.trim() } : {}) });
  };
  const onReject = () => {
    approve.reset();
    const parsed = RejectInput.safeParse({ rationale });
    if (!parsed.success) {
      setRationaleError(parsed.error.issues[0]?.message ?? 'Say why');
      return;
    }
    setRationaleError(null);
    reject.mutate(
      { id: p.id, rationale: parsed.data.rationale },
      {
        onError: (err) => {
          const issue = fieldIssue(err, 'rationale');
          if (issue) setRationaleError(issue.message);
        },
      },
    );
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Your decision</h2>
      {why ? (
        <Notice tone="warning" title={why.title}>
          <p>{why.body}</p>
          {why.reload ? <Button onClick={onReload}>Reload the proposal</Button> : null}
        </Notice>
      ) : null}
      <div className="decision-grid">
        <div className="stack">
          <LintedTextField label="Approval note (optional)" rows={3} maxLength={2000} value={note} onChange={setNote} />
          <div className="form-actions">
            {p.baseChanged ? (
              // The server refuses it anyway (stale_base_version); the button would only invite the refusal.
              <p className="muted">It cannot be approved: the setting changed since it was proposed.</p>
            ) : (
              <Button variant="primary" busy={approve.isPending} disabled={reject.isPending} onClick={onApprove}>
                Approve: {describeSettingValue(p.settingKey, p.value)}
              </Button>
            )}
          </div>
        </div>
        <div className="stack">
          <LintedTextField
            label="Why reject (required)"
            rows={3}
            maxLength={5000}
            value={rationale}
            onChange={setRationale}
            hint="Operations and the monthly review read this: say what would make the change acceptable."
            error={rationaleError ?? undefined}
          />
          <div className="form-actions">
            <Button busy={reject.isPending} disabled={approve.isPending} onClick={onReject}>
              Reject
            </Button>
          </div>
        </div>
      </div>
    </section>
  );
}
