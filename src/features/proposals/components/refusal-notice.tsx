import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { isApiError } from '#src/lib/api-client';
import type { Proposal } from '../api/types';
import { useUpdateProposal } from '../api/update-proposal';
import { explainRefusal } from '../utils/refusals';

type Props = { error: unknown; proposal: Proposal; isProposer: boolean; onReload: () => void };

/** A server refusal in plain words, with the one next step that makes sense (re-base or reload). */
export function RefusalNotice({ error, proposal, isProposer, onReload }: Props) {
  const rebase = useUpdateProposal();
  const code = isApiError(error) ? error.code : 'unknown';
  const message = error instanceof Error ? error.message : 'The request failed.';
  const why = explainRefusal(code, message, {
    isProposer,
    proposerName: proposal.proposer.name,
    baseVersion: proposal.baseVersion,
    currentVersion: proposal.currentVersion,
  });
  return (
    <Notice tone="warning" title={why.title}>
      <p>{why.body}</p>
      {why.action === 'rebase' && proposal.currentVersion ? (
        <RebaseButton
          proposal={proposal}
          busy={rebase.isPending}
          onRebase={() => rebase.mutate(rebaseArgs(proposal))}
        />
      ) : null}
      {why.action === 'reload' ? <Button onClick={onReload}>Reload the proposal</Button> : null}
      {rebase.error ? <p className="field-error">{rebase.error.message}</p> : null}
    </Notice>
  );
}

export const rebaseArgs = (p: Proposal) => ({ id: p.id, input: { baseVersion: p.currentVersion ?? undefined } });

export function RebaseButton({
  proposal,
  busy,
  onRebase,
}: {
  proposal: Proposal;
  busy: boolean;
  onRebase: () => void;
}) {
  return (
    <Button variant="primary" busy={busy} onClick={onRebase}>
      Re-base on version {proposal.currentVersion}
    </Button>
  );
}
