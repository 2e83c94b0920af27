import { onboardingUntil, type Role } from '#domain/roles';
import type { User } from '#domain/schemas/users';
import type { UserRow } from '#server/features/session/session.repo';

/** The public view of a user row: never the password hash. */
export function presentUser(u: UserRow, onboardingDays: number): User {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    team: u.team,
    roles: u.roles as Role[],
    startedAt: u.startedAt.toISOString(),
    onboardingUntil: onboardingUntil(u.startedAt, onboardingDays).toISOString(),
    active: u.active,
  };
}
