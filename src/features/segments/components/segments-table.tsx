import { Link } from 'react-router';
import type { SegmentSummary } from '#domain/schemas/segments';
import { Badge } from '#src/components/ui/badge';
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
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Segments, lowest priority value first</caption>
        <thead>
          <tr>
            <th scope="col">Segment</th>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Priority</th>
            <th scope="col">Review due</th>
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
                  <code>{s.key}</code>
                </span>
              </th>
              <td>v{s.version}</td>
              <td>
                <span className="badges">
                  {s.status === 'retired' ? <Badge>Retired</Badge> : <Badge tone="success">Active</Badge>}
                  {s.paused && s.status === 'active' ? <Badge tone="info">Paused · pause respected</Badge> : null}
                </span>
              </td>
              <td>{s.priority}</td>
              <td>
                {s.review ? (
                  <>
                    {formatDate(s.review.dueOn)} <ReviewBadge review={s.review} />
                    <span className="cell-sub">{s.review.cadence}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td className="num">{formatCount(s.memberCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
