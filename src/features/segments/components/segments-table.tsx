import { Link } from 'react-router';
import type { SegmentSummary } from '#domain/schemas/segments';
import { Badge } from '#src/components/ui/badge';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatCount, formatDate } from '#src/lib/format';
import { ReviewBadge } from './review-state';

/**
 * Segments in priority order (the order that decides a contact's current segment). A paused
 * segment is shown calmly: waiting is the rule working, not a fault. Each active segment shows
 * when it is next due for review, and whether that is soon or past.
 */
export function SegmentsTable({ segments }: { segments: SegmentSummary[] }) {
  const sorted = [...segments].sort(
    (a, b) => Number(a.status === 'retired') - Number(b.status === 'retired') || a.priority - b.priority,
  );
  // Priority and members come straight after the name, so that they stay in view on a phone: the
  // version and any status worth a word (paused, retired) sit under the segment's name, and the
  // review date comes last.
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
            <th scope="col" className="col-review">
              Review due
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
              <td className="col-review">
                {s.review ? (
                  <>
                    {formatDate(s.review.dueOn)} <ReviewBadge review={s.review} />
                    <span className="cell-sub">{s.review.cadence}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
