import { Link } from 'react-router';
import type { Campaign } from '#domain/schemas/campaigns';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatDate } from '#src/lib/format';
import { channelName } from '#src/shared/labels/channel-name';
import { ApprovalBadge } from './approval-panel';

export function CampaignsTable({ campaigns, caption }: { campaigns: Campaign[]; caption: string }) {
  return (
    <TableWrap label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Campaign</th>
            <th scope="col">Channel</th>
            <th scope="col">Target segment</th>
            <th scope="col">Created by</th>
            <th scope="col">Owner approval</th>
            <th scope="col">Updated</th>
          </tr>
        </thead>
        <tbody>
          {campaigns.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={`/campaigns/${c.id}`}>{c.name}</Link>
                {c.copyFindings > 0 ? (
                  <span className="cell-sub">
                    {c.copyFindings} retired {c.copyFindings === 1 ? 'phrase' : 'phrases'} in the copy
                  </span>
                ) : null}
              </th>
              <td>{channelName(c.channel)}</td>
              <td>{c.targetSegmentName ?? c.targetSegment ?? '—'}</td>
              <td>{c.creator.name}</td>
              <td>{c.approvalNeeded ? <ApprovalBadge campaign={c} /> : <span className="muted">Not needed</span>}</td>
              <td className="nowrap">{formatDate(c.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
