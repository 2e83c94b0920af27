import { Link } from 'react-router';
import { ErrorState, Loading } from '#src/components/ui/states';
import { inOwnerOrder, useBacklog } from '#src/shared/queries/get-backlog';

/** The owner's first three in the backlog, or the suggested first three before anything is ordered. */
export function BacklogTop() {
  const backlog = useBacklog();
  const items = backlog.data?.items ?? [];
  const ordered = inOwnerOrder(items);
  const top = (ordered.length > 0 ? ordered : items.filter((i) => i.suggestedRank !== null)).slice(0, 3);
  return (
    <section className="card" aria-labelledby="backlog-top-title">
      <div className="section-header">
        <h2 id="backlog-top-title">Backlog: top three</h2>
        <Link to="/backlog">Backlog</Link>
      </div>
      {backlog.isPending ? <Loading label="Loading the backlog…" /> : null}
      {backlog.error ? <ErrorState error={backlog.error} onRetry={() => backlog.refetch()} /> : null}
      {backlog.data && top.length === 0 ? <p className="muted">Nothing filed yet.</p> : null}
      {top.length > 0 ? (
        <>
          {ordered.length === 0 ? <p className="muted">Not ordered yet: the suggested first three.</p> : null}
          <ol className="plain-list">
            {top.map((i) => (
              <li key={i.id}>
                <Link to={`/backlog?item=${i.id}`}>{i.title}</Link> <span className="muted">· score {i.score}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
