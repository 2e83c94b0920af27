import { Link } from 'react-router';
import { monthLabel } from '#domain/reviews/months';
import { Badge } from '#src/components/ui/badge';
import { ErrorState, Loading } from '#src/components/ui/states';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatDate } from '#src/lib/format';
import { useReviews } from '../api/get-reviews';

/** Past reviews and their headline numbers: the red flags first, then the rest. */
export function HistoryPanel({ current }: { current: string }) {
  const reviews = useReviews();
  return (
    <section className="card review-history no-print" aria-labelledby="history-title">
      <h2 id="history-title">Reviews</h2>
      {reviews.isPending ? <Loading label="Loading reviews…" /> : null}
      {reviews.error ? <ErrorState error={reviews.error} onRetry={() => reviews.refetch()} /> : null}
      {reviews.data ? (
        <TableWrap label="Reviews by month with their headline numbers">
          <table className="table">
            <caption className="visually-hidden">Reviews by month with their headline numbers</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Pause violations</th>
                <th scope="col">Dwell flags</th>
                <th scope="col">Off-list moves</th>
                <th scope="col">Held back</th>
                <th scope="col">Exceptions</th>
                <th scope="col">Override attempts</th>
              </tr>
            </thead>
            <tbody>
              {reviews.data.map((r) => (
                <tr key={r.month} className={r.month === current ? 'is-selected' : undefined}>
                  <th scope="row">
                    <Link to={`/review/${r.month}`} aria-current={r.month === current ? 'page' : undefined}>
                      {monthLabel(r.month)}
                    </Link>
                    <span className="cell-sub">
                      {r.status === 'completed' ? (
                        <>
                          <Badge tone="success">Completed</Badge> {r.completedAt ? formatDate(r.completedAt) : ''}
                        </>
                      ) : (
                        <Badge tone="info">Open</Badge>
                      )}
                    </span>
                  </th>
                  <td className={r.headline.pauseViolations > 0 ? 'figure-danger' : undefined}>
                    {r.headline.pauseViolations}
                  </td>
                  <td>{r.headline.dwellAnomalies}</td>
                  <td>{r.headline.disallowedTransitions}</td>
                  <td>{r.headline.suppressed}</td>
                  <td>{r.headline.exceptionRequests}</td>
                  <td>{r.headline.overrideAttempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </section>
  );
}
