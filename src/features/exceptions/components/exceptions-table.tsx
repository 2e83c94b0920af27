import { Link } from 'react-router';
import { RISK_LABELS } from '#domain/exceptions/terms';
import type { ExceptionListItem } from '#domain/schemas/exceptions';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatDate } from '#src/lib/format';
import { OutcomeBadge } from './outcome-badge';

type Props = { items: ExceptionListItem[]; caption: string; showRequester: boolean };

/** Filed requests, newest first, each with its outcome and a link to its timeline. */
export function ExceptionsTable({ items, caption, showRequester }: Props) {
  return (
    <TableWrap label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Segment</th>
            <th scope="col">Filed</th>
            {showRequester ? <th scope="col">Requester</th> : null}
            <th scope="col">Risk named</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <Link to={`/exceptions/${e.id}`}>
                  {e.segmentName ?? e.segmentKey}
                  {e.segmentVersion ? <span className="muted"> v{e.segmentVersion}</span> : null}
                </Link>
              </th>
              <td>{e.submittedAt ? formatDate(e.submittedAt) : '—'}</td>
              {showRequester ? <td>{e.requester.name}</td> : null}
              <td>{e.riskCategory ? RISK_LABELS[e.riskCategory] : '—'}</td>
              <td>
                <OutcomeBadge outcome={e.outcome} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
