import { Badge } from '#src/components/ui/badge';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatDateTime } from '#src/lib/format';
import { type OverrideAttempt, useOverrideAttempts } from '../api/get-override-attempts';
import { describePattern, teamPatterns } from '../utils/override-patterns';

const VIA_LABELS: Record<OverrideAttempt['via'], string> = {
  ui: 'Send-anyway dialog',
  override_endpoint: 'Override API',
  check_flag: 'Bypass flag in a check',
};

/** Override attempts, patterns (by team) first; the individual attempts are one click further. */
export function OverridesView({ month }: { month: string }) {
  const attempts = useOverrideAttempts(month);
  if (attempts.isPending) return <Loading label="Loading override attempts…" />;
  if (attempts.error) return <ErrorState error={attempts.error} onRetry={() => attempts.refetch()} />;
  const items = attempts.data;
  if (items.length === 0) {
    return (
      <section className="card" aria-labelledby="overrides-title">
        <h2 id="overrides-title">Override attempts</h2>
        <EmptyState title="No override attempts this month">
          Every attempt is refused and recorded; none were made.
        </EmptyState>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="overrides-title">
      <h2 id="overrides-title">Override attempts</h2>
      <p className="muted">
        Every attempt was refused and recorded. Read them as where pressure showed up in the work, grouped by team.
      </p>
      <ul className="pattern-list" aria-label="Patterns by team">
        {teamPatterns(items).map((p) => (
          <li key={p.team}>
            <span className="pattern-count">{p.count}</span>
            <strong>{p.team}</strong>
            <p className="muted">{describePattern(p)}</p>
          </li>
        ))}
      </ul>
      <details className="attempts-details">
        <summary>Show the {items.length} individual attempts</summary>
        <TableWrap label="Individual override attempts">
          <table className="table">
            <caption className="visually-hidden">Individual override attempts</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Team</th>
                <th scope="col">Who</th>
                <th scope="col">Segment</th>
                <th scope="col">How</th>
                <th scope="col">Stated reason</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <td className="nowrap">{formatDateTime(a.at)}</td>
                  <td>{a.team ?? '—'}</td>
                  <td>{a.actor ?? <span className="muted">Withheld</span>}</td>
                  <td>{a.segmentKey ?? '—'}</td>
                  <td>
                    <Badge>{VIA_LABELS[a.via]}</Badge>
                  </td>
                  <td>{a.reason ?? <span className="muted">No reason given</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </details>
    </section>
  );
}
