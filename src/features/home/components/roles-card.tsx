import { ROLE_DUTIES } from '#domain/role-duties';
import type { Role } from '#domain/roles';
import { ROLE_LABELS } from '#domain/roles';
import { Badge } from '#src/components/ui/badge';

/** What each of the user's roles may and may not do, in the words of docs/rules.md ("Roles"). */
export function RolesCard({ roles }: { roles: readonly Role[] }) {
  return (
    <section className="card" aria-labelledby="roles-title">
      <h2 id="roles-title">Your {roles.length === 1 ? 'role' : 'roles'}</h2>
      <ul className="plain-list">
        {roles.map((role) => (
          <li key={role}>
            <Badge tone="info">{ROLE_LABELS[role]}</Badge>
            <p>{ROLE_DUTIES[role].may}</p>
            <p className="muted">Not: {ROLE_DUTIES[role].mayNot}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
