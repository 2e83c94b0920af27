import { Link } from 'react-router';
import type { SegmentSummary } from '#domain/schemas/segments';
import { Badge } from '#src/components/ui/badge';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatCount } from '#src/lib/format';

/**
 * Segments in priority order (the order that decides a contact's current segment). A paused
 * segment is shown calmly: waiting is the rule working, not a fault.
 */
export function SegmentsTable({ segments }: { segments: SegmentSummary[] }) {
  const sorted = [...segments].sort(
    (a, b) => Number(a.status === 'retired') - Number(b.status === 'retired') || a.priority - b.priority,
  );
  // Three columns, so that priority and members stay in view on a phone: the version and any status
  // worth a word (paused, retired) sit under the segment's name.
  return (
    <TableWrap label="Segments">
      <table className="table segments-table">
        <caption className="visually-hidden">Segments, lowest priority value first</caption>
        <thead>
          <tr>
            <th scope="col">Segment</th>
            <th scope="col" className="num">
              Priority
            </th>
            <th scope="col" className="num">
              Members
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((s) => (
            <tr key={s.key} className={s.status === 'retired' ? 'row-muted' : undefined}>
              <th scope="row">
                <Link to={`/segments/${s.key}`}>{s.name}</Link>
                <span className="cell-sub">
                  <code>{s.key}</code> · v{s.version}
                </span>
                {s.status === 'retired' || s.paused ? (
                  <span className="badges">
                    {s.status === 'retired' ? <Badge>Retired</Badge> : null}
                    {s.paused && s.status === 'active' ? <Badge tone="info">Paused · pause respected</Badge> : null}
                  </span>
                ) : null}
              </th>
              <td className="num">{s.priority}</td>
              <td className="num">{formatCount(s.memberCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
