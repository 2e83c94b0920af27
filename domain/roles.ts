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

/** What each role is for (docs/rules.md, "Roles"), in the words the app shows. */
export const ROLE_DUTIES: Record<Role, { may: string; mayNot: string }> = {
  owner: {
    may: 'Approve or reject change proposals (not your own), run pilots, rank and decline backlog items, score the decision checklist, take the journey diagnostic, edit the glossary, review violations, complete the monthly review.',
    mayNot: 'Hold the marketer role or send campaigns.',
  },
  operations: {
    may: 'Manage firewall settings through proposals, manage API tokens, review violations, score the decision checklist, take the journey diagnostic, complete the monthly review.',
    mayNot: 'Hold the marketer role or approve your own proposal.',
  },
  marketer: {
    may: 'Create and edit campaigns, request sends, file exception requests and backlog items, take part in the monthly review.',
    mayNot: 'Approve anything, hold admin, or change segment logic except by proposing it through an exception.',
  },
  viewer: {
    may: 'Read everything except secrets and the names of override attempters; follow the monthly review.',
    mayNot: 'Write anything: no notes, override records or review completion.',
  },
  admin: {
    may: 'Manage people and propose role grants and start dates within the separation rules.',
    mayNot: 'Hold the marketer role, grant owner, operations or admin alone, or bypass any governance rule.',
  },
};
