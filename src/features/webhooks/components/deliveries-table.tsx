import { Badge } from '#src/components/ui/badge';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatDateTime } from '#src/lib/format';
import { useDeliveries } from '../api/get-deliveries';
import { useRedeliver } from '../api/redeliver';

const TONE = { delivered: 'success', pending: 'info', failed: 'danger' } as const;

/** An endpoint's latest deliveries: status, attempts, the last answer and how long it took. */
export function DeliveriesTable({ endpointId, enabled }: { endpointId: string; enabled: boolean }) {
  const deliveries = useDeliveries(endpointId);
  const redeliver = useRedeliver();
  if (deliveries.isPending) return <Loading label="Loading deliveries…" />;
  if (deliveries.error) return <ErrorState error={deliveries.error} onRetry={() => deliveries.refetch()} />;
  if (deliveries.data.length === 0) {
    return (
      <EmptyState title="Nothing sent yet">Events this endpoint subscribes to appear here as they are sent.</EmptyState>
    );
  }
  return (
    <>
      {redeliver.error ? <Notice tone="error">{redeliver.error.message}</Notice> : null}
      <TableWrap label="Deliveries">
        <table className="table">
          <caption className="visually-hidden">Deliveries</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Last answer</th>
              <th scope="col">Duration</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deliveries.data.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <code>{d.eventKind}</code>
                  <span className="cell-sub">{formatDateTime(d.createdAt)}</span>
                </th>
                <td>
                  <Badge tone={TONE[d.status]}>{d.status}</Badge>
                  <span className="cell-sub">
                    {d.attempts} {d.attempts === 1 ? 'attempt' : 'attempts'}
                    {d.nextAttemptAt ? `, next ${formatDateTime(d.nextAttemptAt)}` : ''}
                  </span>
                </td>
                <td>{d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : (d.lastError ?? '—')}</td>
                <td>{d.lastDurationMs === null ? '—' : `${d.lastDurationMs} ms`}</td>
                <td>
                  {d.status === 'pending' ? null : (
                    <Button
                      disabled={!enabled}
                      busy={redeliver.isPending && redeliver.variables === d.id}
                      onClick={() => redeliver.mutate(d.id)}
                    >
                      Redeliver
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
