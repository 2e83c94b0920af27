import type { Role } from './roles';
import type { TokenScope } from './schemas/tokens';

export type PermissionRule = { roles: readonly Role[]; scope?: TokenScope };

const EVERYONE: readonly Role[] = ['owner', 'operations', 'marketer', 'viewer', 'admin'];

/**
 * Authorisation as data: which roles (people) and which token scope (machines) may do each thing.
 * The server enforces this table; the app reads it only to explain and to hide what a role can't use.
 */
export const PERMISSIONS = {
  'workspace.read': { roles: EVERYONE, scope: 'read' },
  'users.read': { roles: EVERYONE, scope: 'read' },
  'users.manage': { roles: ['admin'] },
  'tokens.manage': { roles: ['operations', 'admin'] },
  'audit.read': { roles: ['owner', 'operations', 'admin', 'viewer'], scope: 'read' },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(roles: readonly Role[], permission: Permission): boolean {
  const rule: PermissionRule = PERMISSIONS[permission];
  return roles.some((r) => rule.roles.includes(r));
}
