import type { SessionUser } from '#domain/schemas/session';

/** Whether the person has any queue on home: owners, operations, marketers, or anyone onboarding. */
export const hasWork = (user: Pick<SessionUser, 'roles'>, daysLeft: number): boolean =>
  daysLeft > 0 || user.roles.some((r) => r === 'owner' || r === 'marketer' || r === 'operations');
