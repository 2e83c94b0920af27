/** The five roles (docs/rules.md, "Roles"). */
export const ROLES = ['owner', 'operations', 'marketer', 'viewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Segmentation owner',
  operations: 'Operations',
  marketer: 'Marketer',
  viewer: 'Viewer',
  admin: 'Admin',
};

/**
 * Roles a marketer may never hold alongside: those who benefit from breaking rules don't own them,
 * nor manage who holds which role (docs/rules.md, "Separation of duties").
 */
export const MARKETER_EXCLUDES: readonly Role[] = ['owner', 'operations', 'admin'];

/**
 * Roles that decide, confirm or manage: granting one takes two people, and whoever proposed the
 * grant can never have their own changes decided through it (docs/rules.md, "No stand-ins").
 */
export const TWO_PERSON_ROLES: readonly Role[] = ['owner', 'operations', 'admin'];

export const isTwoPersonRole = (r: Role): boolean => TWO_PERSON_ROLES.includes(r);

/** The role pair that breaks separation of duties, or null when the set is allowed. */
export function separationConflict(roles: readonly Role[]): [Role, Role] | null {
  if (!roles.includes('marketer')) return null;
  const clash = MARKETER_EXCLUDES.find((r) => roles.includes(r));
  return clash ? ['marketer', clash] : null;
}

/** The onboarding period may be raised, never set below this (docs/rules.md, "Onboarding"). */
export const MIN_ONBOARDING_DAYS = 30;
export const DEFAULT_ONBOARDING_DAYS = MIN_ONBOARDING_DAYS;
const DAY_MS = 86_400_000;

/** New team members observe first: the end of a user's onboarding period (docs/rules.md, "Onboarding"). */
export function onboardingUntil(startedAt: Date, onboardingDays: number): Date {
  return new Date(startedAt.getTime() + onboardingDays * DAY_MS);
}

export function isOnboarding(startedAt: Date, onboardingDays: number, now: Date): boolean {
  return now.getTime() < onboardingUntil(startedAt, onboardingDays).getTime();
}
