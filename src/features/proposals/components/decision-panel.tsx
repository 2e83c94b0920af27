import { useId, useState } from 'react';
import { ApproveInput, RejectInput } from '#domain/schemas/segments';
import { Button } from '#src/components/ui/button';
import { fieldIssue, isApiError } from '#src/lib/api-client';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { useApproveProposal } from '../api/approve-proposal';
import { useRejectProposal } from '../api/reject-proposal';
import type { Proposal } from '../api/types';
import { FairnessWarning } from './fairness-warning';
import { RefusalNotice } from './refusal-notice';

type Props = { proposal: Proposal; onReload: () => void };

/**
 * Approve (with an optional note) or reject (with a required rationale: the owner defends the
 * decision). Shown only when the server says this person may decide; its refusals are explained.
 */
export function DecisionPanel({ proposal, onReload }: Props) {
  const id = useId();
  const approve = useApproveProposal();
  const reject = useRejectProposal();
  const [note, setNote] = useState('');
  const [rationale, setRationale] = useState('');
  const [rationaleError, setRationaleError] = useState<string | null>(null);
  const [fairnessNote, setFairnessNote] = useState('');
  const [fairnessError, setFairnessError] = useState<string | null>(null);
  const refusal = approve.error ?? reject.error;
  const nextVersion = proposal.kind === 'create' ? 1 : (proposal.currentVersion ?? 0) + 1;

  const onApprove = () => {
    reject.reset();
    const needsFairness = proposal.fairness.attributes.length > 0;
    const fairness = ApproveInput.shape.fairnessNote.safeParse(fairnessNote);
    if (needsFairness && !fairness.success) {
      setFairnessError(fairness.error.issues[0]?.message ?? 'Say why using these attributes is fair');
      return;
    }
    setFairnessError(null);
    approve.mutate(
      {
        id: proposal.id,
        revision: proposal.revision,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(needsFairness ? { fairnessNote: fairnessNote.trim() } : {}),
      },
      {
        onError: (err) => {
          const issue = fieldIssue(err, 'fairnessNote');
          if (issue) setFairnessError(issue.message);
        },
      },
    );
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
      { id: proposal.id, rationale: parsed.data.rationale },
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
      {refusal && !(isApiError(refusal) && refusal.issues.length > 0) ? (
        <RefusalNotice error={refusal} proposal={proposal} isProposer={false} onReload={onReload} />
      ) : null}
      <div className="decision-grid">
        <div className="stack">
          <FairnessWarning
            proposal={proposal}
            id={id}
            note={fairnessNote}
            onNote={setFairnessNote}
            error={fairnessError}
          />
          <LintedTextField label="Approval note (optional)" rows={3} maxLength={2000} value={note} onChange={setNote} />
          <div className="form-actions">
            <Button variant="primary" busy={approve.isPending} disabled={reject.isPending} onClick={onApprove}>
              {proposal.kind === 'retire' ? 'Approve retirement' : `Approve as version ${nextVersion}`}
            </Button>
          </div>
        </div>
        <div className="stack">
          <LintedTextField
            label="Why reject (required)"
            rows={3}
            maxLength={5000}
            value={rationale}
            onChange={setRationale}
            hint="The proposer and the monthly review read this: say what would make the change acceptable."
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
