import { describe, expect, it } from 'vitest';
import { pilotGroups } from './pilot-groups';

const P = '3f2a9c10-0000-4000-8000-000000000001';
const Q = '8b7e1d22-0000-4000-8000-000000000002';

describe('pilotGroups', () => {
  it('counts blocked contacts per pilot and cohort, and leaves out those no pilot decided', () => {
    const groups = pilotGroups([
      { contactId: 'a', pilot: { id: P, cohort: 'pilot', proposalId: Q } },
      { contactId: 'b', pilot: null },
      { contactId: 'c', pilot: { id: P, cohort: 'control', proposalId: Q } },
      { contactId: 'd', pilot: { id: P, cohort: 'pilot', proposalId: Q } },
    ]);
    expect(groups).toEqual([
      {
        pilotId: P,
        name: '3f2a9c10',
        cohort: 'pilot',
        proposalId: Q,
        decidedBy: 'pilot cohort, proposed version',
        count: 2,
      },
      {
        pilotId: P,
        name: '3f2a9c10',
        cohort: 'control',
        proposalId: Q,
        decidedBy: 'control cohort, current version',
        count: 1,
      },
    ]);
    expect(pilotGroups([{ contactId: 'x', pilot: null }])).toEqual([]);
  });
});
