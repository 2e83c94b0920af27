import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';
import type { Proposal } from '../api/types';
import { useUpdateProposal } from '../api/update-proposal';
import { useWithdrawProposal } from '../api/withdraw-proposal';
import { RebaseButton, rebaseArgs } from './refusal-notice';

/** The proposer's own tools on an open proposal: re-base when stale, edit, withdraw. */
export function ProposerPanel({ proposal, stale }: { proposal: Proposal; stale: boolean }) {
  const rebase = useUpdateProposal();
  const withdraw = useWithdrawProposal();
  const [confirming, setConfirming] = useState(false);

  return (
    <section className="card stack" aria-labelledby="proposer-title">
      <h2 id="proposer-title">Your proposal</h2>
      {stale ? (
        <>
          <p>
            Version {proposal.currentVersion} was approved after you wrote this. Re-base on it to review the diff
            against what is in force now; the owner then reviews it again.
          </p>
          <div className="form-actions">
            <RebaseButton
              proposal={proposal}
              busy={rebase.isPending}
              onRebase={() => rebase.mutate(rebaseArgs(proposal))}
            />
          </div>
          {rebase.error ? <p className="field-error">{rebase.error.message}</p> : null}
        </>
      ) : (
        <p>Editing resets the review: the owner decides on what they last read.</p>
      )}
      <div className="form-actions">
        {proposal.kind !== 'retire' ? (
          <Link className="btn btn-secondary" to="?edit=1">
            Edit proposal
          </Link>
        ) : null}
        <Button variant="ghost" onClick={() => setConfirming(true)}>
          Withdraw
        </Button>
      </div>
      <Dialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Withdraw this proposal?"
        description="Withdrawing is a normal outcome: the current version stays in force and the proposal stays on record."
      >
        {withdraw.error ? <p className="field-error">{withdraw.error.message}</p> : null}
        <div className="form-actions">
          <Button
            variant="primary"
            busy={withdraw.isPending}
            onClick={() => withdraw.mutate(proposal.id, { onSuccess: () => setConfirming(false) })}
          >
            Withdraw proposal
          </Button>
          <Button onClick={() => setConfirming(false)}>Keep it open</Button>
        </div>
      </Dialog>
    </section>
  );
}
