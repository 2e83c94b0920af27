import { PERMISSIONS, type Permission, type PermissionRule, roleMay } from '#domain/permissions';
import type { Principal, UserPrincipal } from '#server/http/env';
import { ForbiddenError, UnauthenticatedError } from '#server/lib/errors';

export type { Permission };

/**
 * The one place the server decides who may do what, from the table in domain/permissions.ts.
 * A permission without a token scope is never available to API tokens.
 */
export function can(principal: Principal | null, permission: Permission): boolean {
  if (!principal) return false;
  const rule: PermissionRule = PERMISSIONS[permission];
  if (principal.kind === 'token') return rule.scope !== undefined && principal.scopes.includes(rule.scope);
  return roleMay(principal.roles, permission);
}

/** Throws 401 when nobody is signed in and 403 when the caller's role or scope does not allow it. */
export function authorize(principal: Principal | null, permission: Permission): asserts principal is Principal {
  if (!principal) throw new UnauthenticatedError();
  if (!can(principal, permission)) {
    const roles = (PERMISSIONS[permission] as PermissionRule).roles.join(', ');
    throw new ForbiddenError(`Only these roles may do this: ${roles}.`);
  }
}

export function requireUser(principal: Principal | null): UserPrincipal {
  if (!principal) throw new UnauthenticatedError();
  if (principal.kind !== 'user') throw new ForbiddenError('This needs a signed-in person, not an API token.');
  return principal;
}
