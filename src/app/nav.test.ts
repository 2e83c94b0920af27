import { describe, expect, it } from 'vitest';
import type { Role } from '../../domain/roles';
import { navFor } from './nav';

const labels = (roles: Role[]) => navFor(roles).map((i) => i.label);

describe('navigation by role', () => {
  it('shows each role only what it may use', () => {
    expect(labels(['owner'])).toEqual(['Home', 'Audit']);
    expect(labels(['operations', 'admin'])).toEqual(['Home', 'People', 'Audit']);
    expect(labels(['operations'])).toEqual(['Home', 'People', 'Audit']);
    expect(labels(['admin'])).toEqual(['Home', 'People', 'Audit']);
    expect(labels(['marketer'])).toEqual(['Home']);
    expect(labels(['viewer'])).toEqual(['Home', 'Audit']);
  });
});
