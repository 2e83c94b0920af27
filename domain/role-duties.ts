import type { Role } from './roles';

// Apart from roles.ts: the frame every signed-in page loads needs the roles' names, and only home's
// roles card needs these sentences (docs/architecture.md, "Loading").

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
