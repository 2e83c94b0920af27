import { type Permission, roleMay } from '#domain/permissions';
import type { Role } from '#domain/roles';

export type NavItem = { to: string; label: string; anyOf?: Permission[] };

/** Navigation in the fixed order of the product; an item shows only when the role may use it. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Home' },
  { to: '/segments', label: 'Segments', anyOf: ['segments.read'] },
  { to: '/proposals', label: 'Proposals', anyOf: ['proposals.read'] },
  { to: '/exceptions', label: 'Exceptions', anyOf: ['exceptions.read'] },
  { to: '/review', label: 'Monthly review', anyOf: ['reviews.read'] },
  { to: '/glossary', label: 'Glossary', anyOf: ['glossary.read'] },
  { to: '/campaigns', label: 'Campaigns', anyOf: ['campaigns.read'] },
  { to: '/firewall', label: 'Firewall', anyOf: ['firewall.read'] },
  { to: '/people', label: 'People', anyOf: ['users.manage', 'tokens.manage'] },
  { to: '/audit', label: 'Audit', anyOf: ['audit.read'] },
];

export function navFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.anyOf || item.anyOf.some((p) => roleMay(roles, p)));
}
