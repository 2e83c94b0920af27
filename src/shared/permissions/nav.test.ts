import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '#domain/roles';
import { navFor } from './nav';

const labels = (roles: Role[]) => navFor(roles).map((i) => i.label);
/** Segments, proposals, exception requests and the backlog are readable by every role, right after Home. */
const FIRST = ['Home', 'Segments', 'Proposals', 'Exceptions', 'Backlog'];

describe('navigation by role', () => {
  it('shows each role only what it may use', () => {
    // The owner opens People to confirm grants and start dates that wait for a second person.
    expect(labels(['owner'])).toEqual([
      ...FIRST,
      'Monthly review',
      'Checklist',
      'Glossary',
      'Dictionary',
      'Campaigns',
      'Workflows',
      'Firewall',
      'People',
      'Audit',
    ]);
    expect(labels(['operations', 'admin'])).toEqual([
      ...FIRST,
      'Monthly review',
      'Checklist',
      'Glossary',
      'Dictionary',
      'Campaigns',
      'Workflows',
      'Firewall',
      'People',
      'Webhooks',
      'Audit',
    ]);
    // Webhooks are admin's: operations alone does not decide where events leave Charter.
    expect(labels(['operations'])).toEqual([
      ...FIRST,
      'Monthly review',
      'Checklist',
      'Glossary',
      'Dictionary',
      'Campaigns',
      'Workflows',
      'Firewall',
      'People',
      'Audit',
    ]);
    expect(labels(['admin'])).toEqual([
      ...FIRST,
      'Monthly review',
      'Checklist',
      'Glossary',
      'Dictionary',
      'Campaigns',
      'Workflows',
      'Firewall',
      'People',
      'Webhooks',
      'Audit',
    ]);
    expect(labels(['marketer'])).toEqual([
      ...FIRST,
      'Monthly review',
      'Checklist',
      'Glossary',
      'Dictionary',
      'Campaigns',
      'Workflows',
    ]);
    expect(labels(['viewer'])).toEqual([
      ...FIRST,
      'Monthly review',
      'Checklist',
      'Glossary',
      'Dictionary',
      'Campaigns',
      'Workflows',
      'Firewall',
      'Audit',
    ]);
  });

  it('shows Segments, Proposals and Exceptions to every role', () => {
    for (const role of ROLES) expect(labels([role]).slice(0, FIRST.length)).toEqual(FIRST);
  });
});
