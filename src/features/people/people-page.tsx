import { useState } from 'react';
import { roleMay } from '#domain/permissions';
import type { User } from '#domain/schemas/users';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';
import { PageHeader } from '#src/components/ui/page-header';
import { ErrorState, Loading } from '#src/components/ui/states';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useUsers } from '#src/shared/queries/get-users';
import { useCreateUser } from './api/create-user';
import { useUpdateUser } from './api/update-user';
import { PeopleTable } from './components/people-table';
import { TokensPanel } from './components/tokens-panel';
import { UserForm } from './components/user-form';

const today = () => new Date().toISOString().slice(0, 10);

export default function PeoplePage() {
  const me = useCurrentUser();
  const canManageUsers = roleMay(me.roles, 'users.manage');
  const canManageTokens = roleMay(me.roles, 'tokens.manage');
  const users = useUsers();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [editing, setEditing] = useState<User | null>(null);
  const [adding, setAdding] = useState(false);

  return (
    <>
      <PageHeader
        title="People"
        description="Who holds which role. A marketer never also owns the rules, and there is always exactly one segmentation owner."
        actions={
          canManageUsers ? (
            <Button variant="primary" onClick={() => setAdding(true)}>
              Add person
            </Button>
          ) : null
        }
      />
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
            await create.mutateAsync(values);
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
              startedAt: editing.startedAt.slice(0, 10),
              roles: editing.roles,
              active: editing.active,
            }}
            onCancel={() => setEditing(null)}
            onSubmit={async (values) => {
              await update.mutateAsync({ id: editing.id, input: values });
              setEditing(null);
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}
