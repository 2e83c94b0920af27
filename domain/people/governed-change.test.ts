import { describe, expect, it } from 'vitest';
import { confirmersOf, confirmRefusal, planCreate, planUpdate } from './governed-change';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const person = { roles: ['viewer'] as const, active: true, startedAt: day('2026-10-01') };

describe('planUpdate', () => {
  it('applies what is stricter at once and holds what gives power or shortens observation', () => {
    expect(planUpdate(person, { roles: ['viewer', 'operations'], startedAt: day('2026-09-01') })).toEqual({
      roles: ['viewer'],
      grants: ['operations'],
      startedAt: day('2026-10-01'),
      pendingStartedAt: day('2026-09-01'),
    });
    expect(
      planUpdate({ ...person, roles: ['admin', 'viewer'] }, { roles: ['viewer'], startedAt: day('2026-11-01') }),
    ).toEqual({
      roles: ['viewer'],
      grants: [],
      startedAt: day('2026-11-01'),
      pendingStartedAt: null,
    });
  });

  it('treats reactivating an account that kept owner, operations or admin as a grant, and an inactive one as holding none', () => {
    const inactive = { ...person, roles: ['operations', 'viewer'] as const, active: false };
    expect(planUpdate(inactive, { active: true })).toMatchObject({ roles: ['viewer'], grants: ['operations'] });
    expect(planUpdate(inactive, { roles: ['admin'] })).toMatchObject({ roles: ['admin'], grants: [] });
  });
});

describe('planCreate', () => {
  it('starts with no two-person role and onboarding from no earlier than today', () => {
    expect(planCreate({ roles: ['owner', 'viewer'], startedAt: day('2025-01-06') }, day('2026-11-15'))).toEqual({
      roles: ['viewer'],
      grants: ['owner'],
      startedAt: day('2026-11-15'),
      pendingStartedAt: day('2025-01-06'),
    });
    expect(
      planCreate({ roles: ['marketer'], startedAt: day('2026-11-15') }, day('2026-11-15')).pendingStartedAt,
    ).toBeNull();
  });
});

describe('confirmRefusal', () => {
  const grant = { kind: 'role_grant' as const, userId: 'u', proposerId: 'p', proposerIsOwner: false };
  const start = { ...grant, kind: 'start_date' as const };
  const who = (id: string, roles: ('owner' | 'admin' | 'operations' | 'viewer')[], linkedIds: string[] = []) => ({
    id,
    roles,
    linkedIds,
  });

  it('never lets the proposer, the person, a role that may not or a linked account confirm', () => {
    expect(confirmRefusal(who('p', ['owner']), grant)).toBe('own_change');
    expect(confirmRefusal(who('u', ['owner']), grant)).toBe('own_account');
    expect(confirmRefusal(who('c', ['operations']), grant)).toBe('forbidden');
    expect(confirmRefusal(who('c', ['admin']), start)).toBe('forbidden');
    expect(confirmRefusal(who('c', ['admin'], ['p']), grant)).toBe('stand_in');
    expect(confirmRefusal(who('c', ['owner'], ['u']), start)).toBe('stand_in');
    expect(confirmRefusal(who('c', ['admin']), grant)).toBeNull();
    expect(confirmRefusal(who('c', ['owner']), start)).toBeNull();
  });

  it('has operations confirm a start date the owner proposed, as with proposals', () => {
    expect(confirmersOf('start_date', true)).toBe('operations');
    expect(confirmRefusal(who('c', ['operations']), { ...start, proposerIsOwner: true })).toBeNull();
    expect(confirmRefusal(who('c', ['viewer']), { ...start, proposerIsOwner: true })).toBe('forbidden');
  });
});
