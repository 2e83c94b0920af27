import { describe, expect, it } from 'vitest';
import type { UserChange } from '#domain/schemas/user-changes';
import { changeTitle, waitingFor, whyNotYou } from './describe-change';

const base: UserChange = {
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'role_grant',
  user: { id: 'u', name: 'Vera Stein', email: 'vera@example.com' },
  role: 'owner',
  startedAt: null,
  previousStartedAt: null,
  status: 'pending',
  proposedBy: { id: 'p', name: 'Omar Haddad', email: 'omar@example.com' },
  proposedAt: '2026-11-15T12:00:00.000Z',
  decidedBy: null,
  decidedAt: null,
  note: null,
  confirmers: 'owner_or_admin',
  canConfirm: false,
  cannotConfirmBecause: 'own_change',
  canWithdraw: true,
};

describe('describing a pending change to a person', () => {
  it('names a handover, a grant and a start date', () => {
    expect(changeTitle(base)).toBe('Hand segmentation ownership over to Vera Stein');
    expect(changeTitle({ ...base, role: 'operations' })).toBe('Give Vera Stein the Operations role');
    expect(changeTitle({ ...base, kind: 'start_date', role: null, startedAt: '2026-08-01T00:00:00.000Z' })).toBe(
      'Move Vera Stein’s start date to 1 Aug 2026',
    );
  });

  it('says who may confirm and why the reader may not', () => {
    expect(waitingFor(base)).toBe(
      'Waiting for the segmentation owner or an admin, other than Omar Haddad and Vera Stein.',
    );
    expect(whyNotYou(base)).toBe('You proposed this: a second person confirms it.');
    expect(whyNotYou({ ...base, cannotConfirmBecause: 'stand_in' })).toContain('created the other’s account');
    expect(whyNotYou({ ...base, cannotConfirmBecause: 'forbidden' })).toBeNull();
  });
});
