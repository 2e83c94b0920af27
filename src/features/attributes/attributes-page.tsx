import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { roleMay } from '#domain/permissions';
import { PageHeader } from '#src/components/ui/page-header';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useAttributes } from '#src/shared/queries/get-attributes';
import { AttributeForm } from './components/attribute-form';
import { AttributesTable } from './components/attributes-table';
import './attributes.css';

const VIEWS = [
  { status: null, label: 'All' },
  { status: 'accepted', label: 'Accepted' },
  { status: 'discovered', label: 'Discovered' },
] as const;

/**
 * The attribute dictionary (docs/rules.md, "Attribute dictionary"): the attributes criteria may
 * use, and those first seen on contacts waiting for the owner to accept them.
 */
export default function AttributesPage() {
  const user = useCurrentUser();
  const attributes = useAttributes();
  const [params] = useSearchParams();
  const [editing, setEditing] = useState<string | null>(null);
  const status = params.get('status');
  const canManage = roleMay(user.roles, 'attributes.manage');
  const all = attributes.data ?? [];
  const discovered = all.filter((a) => a.status === 'discovered');
  const accepted = all.filter((a) => a.status === 'accepted');
  const table = (items: typeof all, caption: string) => {
    const open = items.find((a) => a.name === editing);
    return (
      <>
        <AttributesTable
          attributes={items}
          caption={caption}
          editing={editing}
          {...(canManage ? { onEdit: setEditing } : {})}
        />
        {open ? (
          <AttributeForm key={open.name} attribute={open} ownerId={user.id} onDone={() => setEditing(null)} />
        ) : null}
      </>
    );
  };

  return (
    <>
      <PageHeader
        title="Attribute dictionary"
        description="The contact attributes criteria may use: what each means, where it comes from, who answers for it and how sensitive it is. An attribute first seen on a contact waits here, discovered, until the owner accepts it."
      />
      <nav className="status-tabs" aria-label="Which attributes">
        {VIEWS.map((v) => (
          <Link
            key={v.label}
            className={`btn ${status === v.status ? 'btn-primary' : 'btn-secondary'}`}
            aria-current={status === v.status ? 'page' : undefined}
            to={v.status ? `?status=${v.status}` : '.'}
          >
            {v.label}
          </Link>
        ))}
      </nav>
      {attributes.isPending ? <Loading label="Loading the dictionary…" /> : null}
      {attributes.error ? <ErrorState error={attributes.error} onRetry={() => attributes.refetch()} /> : null}
      {attributes.data && status !== 'accepted' ? (
        <section className="card" aria-labelledby="discovered-title">
          <h2 id="discovered-title">Discovered, waiting to be accepted</h2>
          {discovered.length === 0 ? (
            <EmptyState title="Nothing waiting">Every attribute seen on a contact is in the dictionary.</EmptyState>
          ) : (
            table(discovered, 'Discovered attributes, not yet usable in criteria')
          )}
        </section>
      ) : null}
      {attributes.data && status !== 'discovered' ? (
        <section className="card" aria-labelledby="accepted-title">
          <h2 id="accepted-title">In the dictionary</h2>
          {accepted.length === 0 ? (
            <EmptyState title="No attributes accepted yet">
              Criteria can use an attribute once the owner accepts it.
            </EmptyState>
          ) : (
            table(accepted, 'Accepted attributes, usable in criteria')
          )}
        </section>
      ) : null}
    </>
  );
}
