import { Link } from 'react-router';
import { TableWrap } from '#src/components/ui/table-wrap';
import type { BacklogItem } from '#src/shared/queries/get-backlog';
import { tableRows } from '../utils/table-rows';
import { StatusBadge } from './status-badge';

/**
 * Every item with the owner's place and the suggested place side by side, and the score's working,
 * so the team sees where the owner departs from the method (docs/rules.md, "Backlog").
 */
export function BacklogTable({ items, selected }: { items: BacklogItem[]; selected: string | null }) {
  return (
    <TableWrap label="Backlog items">
      <table className="table backlog-table">
        <caption className="visually-hidden">Backlog items, the owner’s order first</caption>
        <thead>
          <tr>
            <th scope="col">Owner’s order</th>
            <th scope="col">Suggested</th>
            <th scope="col">Item</th>
            <th scope="col">Score</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {tableRows(items).map((item) => (
            <tr key={item.id} className={selected === item.id ? 'is-selected' : undefined}>
              <td className="num">{item.ownerRank ?? '—'}</td>
              <td className="num">{item.suggestedRank ?? '—'}</td>
              <th scope="row">
                <Link to={`?item=${item.id}`}>{item.title}</Link>
                <span className="cell-sub">
                  {item.requester.name}
                  {item.segments.length > 0 ? ` · ${item.segments.join(', ')}` : ''}
                </span>
              </th>
              <td>
                <strong>{item.score}</strong>
                <span className="cell-sub">{item.scoreExplained}</span>
              </td>
              <td>
                <StatusBadge status={item.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
