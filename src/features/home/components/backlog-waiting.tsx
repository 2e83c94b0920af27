import { Link } from 'react-router';
import { ErrorState, Loading } from '#src/components/ui/states';
import { useBacklog } from '#src/shared/queries/get-backlog';

/** Items filed and waiting for the owner to rank them, for operations to follow up. */
export function BacklogWaiting() {
  const backlog = useBacklog();
  const waiting = (backlog.data?.items ?? []).filter((i) => i.status === 'intake');
  return (
    <section className="card" aria-labelledby="backlog-waiting-title">
      <div className="section-header">
        <h2 id="backlog-waiting-title">Backlog: waiting for ranking</h2>
        <Link to="/backlog">Backlog</Link>
      </div>
      {backlog.isPending ? <Loading label="Loading the backlog…" /> : null}
      {backlog.error ? <ErrorState error={backlog.error} onRetry={() => backlog.refetch()} /> : null}
      {backlog.data ? (
        <p className="big-number">
          {waiting.length}
          <span> {waiting.length === 1 ? 'item' : 'items'} in intake</span>
        </p>
      ) : null}
      {waiting.length > 0 ? (
        <ul className="plain-list">
          {waiting.slice(0, 5).map((i) => (
            <li key={i.id}>
              <Link to={`/backlog?item=${i.id}`}>{i.title}</Link> <span className="muted">· {i.requester.name}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
