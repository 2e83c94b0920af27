import { Link } from 'react-router';
import { Badge } from '#src/components/ui/badge';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatDate } from '#src/lib/format';
import type { Proposal, ProposalStatus } from '../api/types';

export const KIND_WORDS: Record<Proposal['kind'], string> = {
  create: 'New segment',
  update: 'Change',
  retire: 'Retirement',
};

const STATUS_TONE: Record<ProposalStatus, 'info' | 'success' | 'neutral'> = {
  open: 'info',
  approved: 'success',
  rejected: 'neutral',
  withdrawn: 'neutral',
};

export function StatusBadge({ status }: { status: ProposalStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{status.charAt(0).toUpperCase() + status.slice(1)}</Badge>;
}

/** Proposals newest first; a stale base version is marked so the owner sees it before opening. */
export function ProposalsTable({ proposals }: { proposals: Proposal[] }) {
  return (
    <TableWrap label="Change proposals, newest first">
      <table className="table">
        <caption className="visually-hidden">Change proposals, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Proposal</th>
            <th scope="col">Proposed by</th>
            <th scope="col">Submitted</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {proposals.map((p) => {
            const stale = p.status === 'open' && p.kind !== 'create' && p.baseVersion !== p.currentVersion;
            return (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={`/proposals/${p.id}`}>
                    {KIND_WORDS[p.kind]}: {p.definition.name}
                  </Link>
                  <span className="cell-sub">
                    <code>{p.segmentKey}</code>
                    {p.baseVersion ? ` · on version ${p.baseVersion}` : ''}
                    {p.exceptionId ? ' · from an exception request' : ''}
                  </span>
                </th>
                <td>{p.proposer.name}</td>
                <td className="nowrap">{formatDate(p.createdAt)}</td>
                <td>
                  <span className="badges">
                    <StatusBadge status={p.status} />
                    {stale ? <Badge tone="warning">Needs re-base</Badge> : null}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
