import { Link } from 'react-router';
import { Badge } from '#src/components/ui/badge';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { formatDate } from '#src/lib/format';
import { useFollowUps } from '#src/shared/queries/get-follow-ups';
import type { FollowUp } from '../api/types';

/**
 * The owner's follow-ups: approved changes whose latest checkpoint (7, 30 or 90 days) has come
 * without an outcome. Each links to the proposal, where the figures before and after are.
 */
export function FollowUpsPanel() {
  const followUps = useFollowUps(true);
  const due = followUps.data?.filter((f) => f.due) ?? [];
  return (
    <section className="card" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">Follow-ups due</h2>
      <p className="muted">
        Each approved change is looked at again after 7, 30 and 90 days: did its segment’s figures move the way its
        rationale said?
      </p>
      {followUps.isPending ? <Loading label="Loading follow-ups…" /> : null}
      {followUps.error ? <ErrorState error={followUps.error} onRetry={() => followUps.refetch()} /> : null}
      {followUps.data && due.length === 0 ? <EmptyState title="No follow-ups are due" /> : null}
      <ul className="plain-list">
        {due.map((f) => (
          <FollowUpItem key={f.proposalId} item={f} />
        ))}
      </ul>
    </section>
  );
}

/** Reached before today: the checkpoint's look has slipped (reached today is due, not yet overdue). */
const isOverdue = (due: string) => due < new Date().toISOString().slice(0, 10);

function FollowUpItem({ item }: { item: FollowUp }) {
  const checkpoint = item.checkpoints.filter((c) => c.reached).at(-1);
  return (
    <li className="follow-up">
      <p>
        <Link to={`/proposals/${item.proposalId}#follow-up`}>
          {item.segmentName ?? item.segmentKey}
          {item.version ? `, version ${item.version}` : ''}
        </Link>{' '}
        {checkpoint && isOverdue(checkpoint.dueOn) ? <Badge tone="warning">Overdue</Badge> : null}{' '}
        <span className="muted">
          · {checkpoint ? `${checkpoint.days}-day checkpoint reached ${formatDate(checkpoint.dueOn)}` : ''}
          {item.approvedBy && item.approvedAt
            ? ` · approved by ${item.approvedBy.name} on ${formatDate(item.approvedAt)}`
            : ''}
        </span>
      </p>
      <p className="quote">{item.rationale}</p>
    </li>
  );
}
