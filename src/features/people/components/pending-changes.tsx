import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { usePendingChanges } from '../api/get-user-changes';
import { ChangeItem } from './change-item';

/**
 * Role grants, ownership handovers and earlier start dates waiting for a second person
 * (docs/rules.md, "No stand-ins"): everyone sees them; the right person confirms.
 */
export function PendingChanges() {
  const changes = usePendingChanges();
  return (
    <section className="card" aria-labelledby="pending-changes-title">
      <h2 id="pending-changes-title">Waiting for a second person</h2>
      <p className="muted">
        Owner, operations and admin, and a start date moved earlier, take effect only when someone other than the person
        who proposed it confirms. Until then nothing changes for the person.
      </p>
      {changes.isPending ? <Loading label="Loading changes…" /> : null}
      {changes.error ? <ErrorState error={changes.error} onRetry={() => changes.refetch()} /> : null}
      {changes.data?.length === 0 ? <EmptyState title="Nothing is waiting" /> : null}
      {changes.data?.length ? (
        <ul className="change-list" aria-label="Changes waiting for a second person">
          {changes.data.map((c) => (
            <li key={c.id}>
              <ChangeItem change={c} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
