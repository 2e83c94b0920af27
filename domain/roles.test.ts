import { describe, expect, it } from 'vitest';
import { type Permission, roleMay } from './permissions';
import { ROLE_DUTIES } from './role-duties';
import { ROLES } from './roles';

/** A duty the home page names, and the permission that grants it. */
const DUTIES: [RegExp, Permission][] = [
  [/rank and decline backlog items/, 'backlog.rank'],
  [/score the decision checklist/, 'checklist.score'],
  [/take the journey diagnostic/, 'diagnostics.take'],
  [/run pilots/, 'pilots.manage'],
];

describe('the duties each role is told', () => {
  it.each(DUTIES)('name %s for exactly the roles that hold %s', (duty, permission) => {
    for (const role of ROLES) {
      expect({ role, named: duty.test(ROLE_DUTIES[role].may) }).toEqual({ role, named: roleMay([role], permission) });
    }
  });
});
