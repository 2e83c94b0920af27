import { ROLE_LABELS } from '#domain/roles';
import type { User } from '#domain/schemas/users';
import { Badge } from '#src/components/ui/badge';
import { Button } from '#src/components/ui/button';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatDate } from '#src/lib/format';

type Props = { users: User[]; canEdit: boolean; onEdit: (u: User) => void; now: Date };

export function PeopleTable({ users, canEdit, onEdit, now }: Props) {
  return (
    <TableWrap label="People in this workspace">
      <table className="table">
        <caption className="visually-hidden">People in this workspace</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Team</th>
            <th scope="col">Started</th>
            <th scope="col">Roles</th>
            <th scope="col">Status</th>
            {canEdit ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className={u.active ? undefined : 'row-muted'}>
              <th scope="row">
                {u.name}
                <span className="cell-sub">{u.email}</span>
              </th>
              <td>{u.team}</td>
              <td>
                {formatDate(u.startedAt)}
                {u.pendingStartedAt ? (
                  <span className="cell-sub">{formatDate(u.pendingStartedAt)} waits for the owner</span>
                ) : null}
              </td>
              <td>
                <span className="badges">
                  {u.roles.map((r) => (
                    <Badge key={r} tone={r === 'owner' ? 'info' : 'neutral'}>
                      {ROLE_LABELS[r]}
                    </Badge>
                  ))}
                  {u.pendingRoles.map((r) => (
                    <Badge key={`pending-${r}`} tone="warning">
                      {ROLE_LABELS[r]} (waiting)
                    </Badge>
                  ))}
                </span>
              </td>
              <td>
                {!u.active ? (
                  <Badge tone="neutral">Deactivated</Badge>
                ) : new Date(u.onboardingUntil) > now ? (
                  <Badge tone="warning">Onboarding until {formatDate(u.onboardingUntil)}</Badge>
                ) : (
                  <Badge tone="success">Active</Badge>
                )}
              </td>
              {canEdit ? (
                <td>
                  <Button variant="ghost" onClick={() => onEdit(u)} aria-label={`Edit ${u.name}`}>
                    Edit
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
