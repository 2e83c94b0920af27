import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { roleMay } from '#domain/permissions';
import { PROPOSAL_STATUSES } from '#domain/schemas/segments';
import { PageHeader } from '#src/components/ui/page-header';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useOwner } from '#src/shared/queries/get-owner';
import { useProposals } from '#src/shared/queries/get-proposals';
import { FollowUpsPanel } from './components/follow-ups-panel';
import { ProposalsTable } from './components/proposals-table';
import './proposals.css';

const STATUS_WORDS: Record<string, string> = {
  open: 'Open',
  approved: 'Approved',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  all: 'All',
};

export default function ProposalsPage() {
  const id = useId();
  const user = useCurrentUser();
  const owner = useOwner();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? 'open';
  const segment = params.get('segment') ?? undefined;
  const proposals = useProposals({ status: status === 'all' ? undefined : status, segment });
  const isOwner = roleMay(user.roles, 'followups.record');

  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title="Proposals"
        description={`Segment logic changes only through an approved proposal. The segmentation owner${owner.data ? ` (${owner.data.name})` : ''} decides; nobody approves their own.`}
      />
      <div className="filters">
        <label htmlFor={`${id}-status`}>
          Status
          <select id={`${id}-status`} value={status} onChange={(e) => setFilter('status', e.target.value)}>
            {[...PROPOSAL_STATUSES, 'all'].map((s) => (
              <option key={s} value={s}>
                {STATUS_WORDS[s]}
              </option>
            ))}
          </select>
        </label>
        {segment ? (
          <p>
            Segment <code>{segment}</code> ·{' '}
            <button type="button" className="link-button" onClick={() => setFilter('segment', undefined)}>
              show all segments
            </button>
          </p>
        ) : null}
      </div>
      <section className="card" aria-label="Proposals">
        {proposals.isPending ? <Loading label="Loading proposals…" /> : null}
        {proposals.error ? <ErrorState error={proposals.error} onRetry={() => proposals.refetch()} /> : null}
        {proposals.data?.length === 0 ? (
          <EmptyState title={status === 'open' ? 'No open proposals' : 'No proposals match'}>
            {status === 'open' ? 'Nothing waits for a decision. Logic stays as approved.' : null}
          </EmptyState>
        ) : null}
        {proposals.data?.length ? <ProposalsTable proposals={proposals.data} /> : null}
      </section>
      {isOwner ? <FollowUpsPanel /> : null}
      {roleMay(user.roles, 'proposals.create') ? (
        <p className="muted">
          To propose a change, open a segment on the <Link to="/segments">Segments</Link> page.
        </p>
      ) : null}
    </>
  );
}
