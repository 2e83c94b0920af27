import { Link } from 'react-router';
import { SCORE_MAX, THEME_LABELS } from '#domain/instruments/diagnostic';
import type { DiagnosticList } from '#domain/schemas/diagnostics';
import { EmptyState } from '#src/components/ui/states';

/** The diagnostics taken, newest first, each a link to its report. */
export function DiagnosticHistory({ items }: { items: DiagnosticList['items'] }) {
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">Earlier diagnostics</h2>
      {items.length === 0 ? (
        <EmptyState title="No diagnostic taken yet">
          The first one sets the baseline the next is compared with.
        </EmptyState>
      ) : (
        <ul className="plain-list">
          {items.map((d) => (
            <li key={d.id}>
              <Link to={`/diagnostic/${d.id}`}>
                {d.takenAt.slice(0, 10)}: overall {d.overall} of {SCORE_MAX}
              </Link>{' '}
              <span className="muted">
                by {d.takenBy.name}; weakest: {THEME_LABELS[d.weakest]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
