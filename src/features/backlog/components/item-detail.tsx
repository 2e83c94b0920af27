import { useState } from 'react';
import { Link } from 'react-router';
import { roleMay } from '#domain/permissions';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { formatDate } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import type { BacklogItem } from '#src/shared/queries/get-backlog';
import { useUpdateItem } from '../api/save-item';
import { DeclineForm } from './decline-form';
import { ProposalFromItem } from './proposal-from-item';
import { StatusBadge } from './status-badge';

/** One item with what the caller may do next: rank, decline, open a proposal. */
export function ItemDetail({ item, onClose }: { item: BacklogItem; onClose: () => void }) {
  const user = useCurrentUser();
  const update = useUpdateItem();
  const [doing, setDoing] = useState<'decline' | 'propose' | null>(null);
  const isOwner = roleMay(user.roles, 'backlog.rank');
  const mayRank = isOwner && item.status === 'intake';
  const mayDecline = isOwner && (item.status === 'intake' || item.status === 'ranked');
  const mayPropose = roleMay(user.roles, 'proposals.create') && item.status === 'ranked';

  return (
    <section className="card stack" aria-labelledby="item-title">
      <div className="section-header">
        <h2 id="item-title">{item.title}</h2>
        <StatusBadge status={item.status} />
      </div>
      <p>{item.goal}</p>
      <dl className="backlog-facts">
        <dt>Score</dt>
        <dd>
          {item.score} <span className="muted">({item.scoreExplained})</span>
        </dd>
        <dt>Places</dt>
        <dd>
          {item.ownerRank === null ? 'not in the owner’s order yet' : `owner’s order ${item.ownerRank}`}
          {item.suggestedRank === null ? null : ` · suggested ${item.suggestedRank}`}
        </dd>
        <dt>Filed by</dt>
        <dd>
          {item.requester.name} on {formatDate(item.createdAt)}
        </dd>
        <dt>Segments</dt>
        <dd>
          {item.segments.length === 0
            ? 'none named'
            : item.segments.map((k, i) => (
                <span key={k}>
                  {i > 0 ? ', ' : ''}
                  <Link to={`/segments/${k}`}>{k}</Link>
                </span>
              ))}
        </dd>
        {item.workflows.length > 0 ? (
          <>
            <dt>Workflows</dt>
            <dd>{item.workflows.map((w) => w.name).join(', ')}</dd>
          </>
        ) : null}
        {item.fromExceptionId ? (
          <>
            <dt>Came from</dt>
            <dd>
              <Link to={`/exceptions/${item.fromExceptionId}`}>an exception request</Link>
            </dd>
          </>
        ) : null}
        {item.proposalId ? (
          <>
            <dt>Proposal</dt>
            <dd>
              <Link to={`/proposals/${item.proposalId}`}>The proposal opened from it</Link>
            </dd>
          </>
        ) : null}
        {item.rationale ? (
          <>
            <dt>Declined because</dt>
            <dd>
              {item.rationale}
              {item.decidedBy ? <span className="muted"> · {item.decidedBy.name}</span> : null}
            </dd>
          </>
        ) : null}
      </dl>
      {update.error ? <Notice tone="error">{update.error.message}</Notice> : null}
      {doing === 'decline' ? <DeclineForm id={item.id} onDone={() => setDoing(null)} /> : null}
      {doing === 'propose' ? <ProposalFromItem item={item} onCancel={() => setDoing(null)} /> : null}
      {doing === null ? (
        <div className="form-actions">
          {mayRank ? (
            <Button
              variant="primary"
              busy={update.isPending}
              onClick={() => update.mutate({ id: item.id, status: 'ranked' })}
            >
              Rank it
            </Button>
          ) : null}
          {mayPropose ? (
            <Button variant="primary" onClick={() => setDoing('propose')}>
              Open a proposal
            </Button>
          ) : null}
          {mayDecline ? (
            <Button variant="danger" onClick={() => setDoing('decline')}>
              Decline…
            </Button>
          ) : null}
          <Button onClick={onClose}>Close</Button>
        </div>
      ) : null}
    </section>
  );
}
