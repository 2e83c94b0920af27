import { useState } from 'react';
import { roleMay } from '#domain/permissions';
import { ROLE_LABELS } from '#domain/roles';
import type { User } from '#domain/schemas/users';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';
import { Notice } from '#src/components/ui/notice';
import { PageHeader } from '#src/components/ui/page-header';
import { ErrorState, Loading } from '#src/components/ui/states';
import { formatDate } from '#src/lib/format';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useUsers } from '#src/shared/queries/get-users';
import { useCreateUser } from './api/create-user';
import { useUpdateUser } from './api/update-user';
import { PendingChanges } from './components/pending-changes';
import { PeopleTable } from './components/people-table';
import { TokensPanel } from './components/tokens-panel';
import { UserForm } from './components/user-form';
import './people.css';

const today = () => new Date().toISOString().slice(0, 10);

/** After a save: what took effect, and what waits for a second person. */
function savedMessage(u: User): string | null {
  const waiting = [
    ...u.pendingRoles.map((r) => (r === 'owner' ? 'the ownership handover' : ROLE_LABELS[r])),
    ...(u.pendingStartedAt ? [`the start date ${formatDate(u.pendingStartedAt)}`] : []),
  ];
  if (waiting.length === 0) return null;
  return `${u.name} is saved. ${waiting.join(', ')} ${waiting.length === 1 ? 'waits' : 'wait'} for a second person to confirm, below.`;
}

export default function PeoplePage() {
  const me = useCurrentUser();
  const canManageUsers = roleMay(me.roles, 'users.manage');
  const canManageTokens = roleMay(me.roles, 'tokens.manage');
  const users = useUsers();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [editing, setEditing] = useState<User | null>(null);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title="People"
        description="Who holds which role. A marketer never also owns the rules, there is always exactly one segmentation owner, and owner, operations and admin are granted by two people."
        actions={
          canManageUsers ? (
            <Button variant="primary" onClick={() => setAdding(true)}>
              Add person
            </Button>
          ) : null
        }
      />
      {saved ? (
        <Notice tone="info" title="Saved, and waiting for a second person">
          {saved}
        </Notice>
      ) : null}
      <PendingChanges />
      <section className="card" aria-label="People">
        {users.isPending ? <Loading label="Loading people…" /> : null}
        {users.error ? <ErrorState error={users.error} onRetry={() => users.refetch()} /> : null}
        {users.data ? (
          <PeopleTable users={users.data} canEdit={canManageUsers} onEdit={setEditing} now={new Date()} />
        ) : null}
      </section>
      {canManageTokens ? <TokensPanel /> : null}

      <Dialog open={adding} onOpenChange={setAdding} title="Add person">
        <UserForm
          mode="create"
          defaults={{ email: '', name: '', team: '', startedAt: today(), roles: ['viewer'], password: '' }}
          onCancel={() => setAdding(false)}
          onSubmit={async (values) => {
            setSaved(savedMessage(await create.mutateAsync(values)));
            setAdding(false);
          }}
        />
      </Dialog>
      <Dialog
        open={editing !== null}
        onOpenChange={(o) => !o && setEditing(null)}
        title={`Edit ${editing?.name ?? ''}`}
      >
        {editing ? (
          <UserForm
            mode="edit"
            defaults={{
              name: editing.name,
              team: editing.team,
              // The form shows what was asked for: a waiting earlier date and waiting roles included.
              startedAt: (editing.pendingStartedAt ?? editing.startedAt).slice(0, 10),
              roles: [...editing.roles, ...editing.pendingRoles.filter((r) => !editing.roles.includes(r))],
              active: editing.active,
            }}
            onCancel={() => setEditing(null)}
            onSubmit={async (values) => {
              setSaved(savedMessage(await update.mutateAsync({ id: editing.id, input: values })));
              setEditing(null);
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}
