import type { Role } from '../../domain/roles';
import type { TokenScope } from '../../domain/schemas/tokens';
import type { Principal, UserPrincipal } from '../http/env';
import { ForbiddenError, UnauthenticatedError } from '../lib/errors';

type Rule = { roles: readonly Role[]; scope?: TokenScope };

const EVERYONE: readonly Role[] = ['owner', 'operations', 'marketer', 'viewer', 'admin'];

/**
 * Authorisation is data, checked here and nowhere else: which roles (for people) and which token
 * scope (for machines) may do each thing. A permission absent from a token's rule is never
 * available to tokens.
 */
export const PERMISSIONS = {
  'workspace.read': { roles: EVERYONE, scope: 'read' },
  'users.read': { roles: EVERYONE, scope: 'read' },
  'users.manage': { roles: ['admin'] },
  'tokens.manage': { roles: ['operations', 'admin'] },
  'audit.read': { roles: ['owner', 'operations', 'admin', 'viewer'], scope: 'read' },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof PERMISSIONS;

export function can(principal: Principal | null, permission: Permission): boolean {
  if (!principal) return false;
  const rule: Rule = PERMISSIONS[permission];
  if (principal.kind === 'token') return rule.scope !== undefined && principal.scopes.includes(rule.scope);
  return principal.roles.some((r) => rule.roles.includes(r));
}

/** Throws 401 when nobody is signed in and 403 when the caller's role or scope does not allow it. */
export function authorize(principal: Principal | null, permission: Permission): asserts principal is Principal {
  if (!principal) throw new UnauthenticatedError();
  if (!can(principal, permission)) throw new ForbiddenError(refusal(permission));
}

export function requireUser(principal: Principal | null): UserPrincipal {
  if (!principal) throw new UnauthenticatedError();
  if (principal.kind !== 'user') throw new ForbiddenError('This needs a signed-in person, not an API token.');
  return principal;
}

function refusal(permission: Permission): string {
  const roles = (PERMISSIONS[permission] as Rule).roles.join(', ');
  return `Only these roles may do this (${permission}): ${roles}.`;
}

export function rolesFor(permission: Permission): readonly Role[] {
  return (PERMISSIONS[permission] as Rule).roles;
}
