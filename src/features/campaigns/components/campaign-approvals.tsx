import { useState } from 'react';
import { Link } from 'react-router';
import type { Campaign } from '#domain/schemas/campaigns';
import { Button } from '#src/components/ui/button';
import { EmptyState } from '#src/components/ui/states';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatDate } from '#src/lib/format';
import { channelName } from '#src/shared/labels/channel-name';
import { CampaignDecisionDialog, type Decision } from './campaign-decision-dialog';

/** The owner's queue: campaigns waiting for approval against their target segment's current version. */
export function CampaignApprovals({ campaigns }: { campaigns: Campaign[] }) {
  const pending = campaigns.filter((c) => c.approvalState === 'pending');
  const [deciding, setDeciding] = useState<{ campaign: Campaign; decision: Decision } | null>(null);
  return (
    <section className="card" aria-labelledby="approvals-title">
      <h2 id="approvals-title">Campaign approvals</h2>
      <p className="muted">
        An approval holds for the segment version shown; when the logic changes, the campaign comes back.
      </p>
      {pending.length === 0 ? (
        <EmptyState title="No campaigns are waiting for you" />
      ) : (
        <TableWrap label="Campaigns waiting for the owner">
          <table className="table">
            <caption className="visually-hidden">Campaigns waiting for the owner</caption>
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                <th scope="col">Segment and version</th>
                <th scope="col">Created by</th>
                <th scope="col">Submitted</th>
                <th scope="col">
                  <span className="visually-hidden">Decision</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {pending.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/campaigns/${c.id}`}>{c.name}</Link>
                    <span className="cell-sub">{channelName(c.channel)}</span>
                  </th>
                  <td>
                    {c.targetSegmentName ?? c.targetSegment} v{c.currentVersion}
                  </td>
                  <td>{c.creator.name}</td>
                  <td className="nowrap">{formatDate(c.updatedAt)}</td>
                  <td>
                    <span className="form-actions">
                      <Button
                        variant="primary"
                        aria-label={`Approve ${c.name}`}
                        onClick={() => setDeciding({ campaign: c, decision: 'approve' })}
                      >
                        Approve
                      </Button>
                      <Button
                        aria-label={`Decline ${c.name}`}
                        onClick={() => setDeciding({ campaign: c, decision: 'decline' })}
                      >
                        Decline
                      </Button>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <CampaignDecisionDialog
        campaign={deciding?.campaign ?? null}
        decision={deciding?.decision ?? 'approve'}
        onClose={() => setDeciding(null)}
      />
    </section>
  );
}
