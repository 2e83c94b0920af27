import { useSearchParams } from 'react-router';
import { roleMay } from '#domain/permissions';
import { Button } from '#src/components/ui/button';
import { PageHeader } from '#src/components/ui/page-header';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { inOwnerOrder, useBacklog } from '#src/shared/queries/get-backlog';
import { BacklogTable } from './components/backlog-table';
import { ItemDetail } from './components/item-detail';
import { ItemForm } from './components/item-form';
import { OwnerOrder } from './components/owner-order';
import './backlog.css';

/**
 * The prioritised change backlog (docs/rules.md, "Backlog"): one intake for change requests and
 * initiatives, the suggested order by value for effort and urgency, and the owner's order beside it.
 * `?file=1` opens the filing form (an exception request's page prefills it), `?item=` an item.
 */
export default function BacklogPage() {
  const user = useCurrentUser();
  const backlog = useBacklog();
  const [params, setParams] = useSearchParams();
  const canFile = roleMay(user.roles, 'backlog.file');
  const isOwner = roleMay(user.roles, 'backlog.rank');
  const filing = canFile && params.get('file') === '1';
  const selectedId = params.get('item');
  const items = backlog.data?.items ?? [];
  const selected = items.find((i) => i.id === selectedId);
  const ordered = inOwnerOrder(items);
  const show = (next: Record<string, string>) => setParams(next);

  return (
    <>
      <PageHeader
        title="Backlog"
        description="Change requests and initiatives in one place. The suggested order weighs expected value against effort, doubled for high urgency; the segmentation owner ranks, orders and declines."
        actions={
          canFile && !filing ? (
            <Button variant="primary" onClick={() => show({ file: '1' })}>
              File a change
            </Button>
          ) : null
        }
      />
      {filing ? (
        <div className="card">
          <ItemForm
            defaults={{
              title: params.get('title') ?? '',
              ...(params.get('fromException') ? { fromExceptionId: params.get('fromException') ?? '' } : {}),
              ...(params.get('segment') ? { segments: [params.get('segment') ?? ''] } : {}),
            }}
            onDone={(id) => show({ item: id })}
            onCancel={() => show({})}
          />
        </div>
      ) : null}
      {backlog.isPending ? <Loading label="Loading the backlog…" /> : null}
      {backlog.error ? <ErrorState error={backlog.error} onRetry={() => backlog.refetch()} /> : null}
      {selected ? <ItemDetail key={selected.id} item={selected} onClose={() => show({})} /> : null}
      {backlog.data && isOwner && ordered.length > 0 ? (
        <section className="card" aria-labelledby="order-title">
          <h2 id="order-title">Your order</h2>
          <p className="muted">Drag a handle, or focus it and use space and the arrow keys. Each move is saved.</p>
          <OwnerOrder items={ordered} version={backlog.data.version} />
        </section>
      ) : null}
      {backlog.data ? (
        <section className="card" aria-labelledby="items-title">
          <h2 id="items-title">All items</h2>
          {items.length === 0 ? (
            <EmptyState title="Nothing filed yet">
              {canFile ? 'File the first change request or initiative.' : 'Nobody has filed a change yet.'}
            </EmptyState>
          ) : (
            <BacklogTable items={items} selected={selectedId} />
          )}
        </section>
      ) : null}
    </>
  );
}
