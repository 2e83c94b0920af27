import type { ImpactPreview as Impact } from '#domain/schemas/segments';
import { Badge } from '#src/components/ui/badge';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatCount } from '#src/lib/format';
import { flowRows, outsideTransitions } from './impact-flow-rows';

/**
 * Where contacts go: one row per move between segments, with a bar for its size, and the moves the
 * segment they leave does not allow flagged. The owner reads this before approving.
 */
export function ImpactFlows({ impact }: { impact: Impact }) {
  const rows = flowRows(impact.flows);
  if (rows.length === 0) return <p className="muted">No contact would change segment.</p>;
  const outside = outsideTransitions(impact.flows);
  return (
    <>
      {outside > 0 ? (
        <p className="impact-warning">
          <Badge tone="warning">Outside the allowed transitions</Badge> {formatCount(outside)}{' '}
          {outside === 1 ? 'contact would move' : 'contacts would move'} to a segment the one they leave does not list
          as a next step.
        </p>
      ) : null}
      <TableWrap label="Where contacts go">
        <table className="table impact-flows">
          <caption className="visually-hidden">Where contacts would go, from their segment now to the next</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col" className="num">
                Contacts
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.from}→${r.to}`}>
                <td>{r.fromLabel}</td>
                <td>
                  {r.toLabel}
                  {r.allowed ? null : (
                    <span className="cell-sub">
                      <Badge tone="warning">Not an allowed transition</Badge>
                    </span>
                  )}
                </td>
                <td className="num">
                  <span className="flow-count">{formatCount(r.count)}</span>
                  <span className="flow-bar" aria-hidden="true" style={{ inlineSize: `${r.share}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
