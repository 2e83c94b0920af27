import { PERMISSIONS, type Permission, type PermissionRule, roleMay } from '#domain/permissions';
import type { Actor, UserActor } from '#server/core/actor';
import { ForbiddenError, UnauthenticatedError } from '#server/lib/errors';

export type { Permission };

/**
 * The one place the server decides who may do what, from the table in domain/permissions.ts.
 * A permission without a token scope is never available to API tokens.
 */
export function can(actor: Actor | null, permission: Permission): boolean {
  if (!actor) return false;
  const rule: PermissionRule = PERMISSIONS[permission];
  if (actor.kind === 'token') return rule.scope !== undefined && actor.scopes.includes(rule.scope);
  return roleMay(actor.roles, permission);
}

/** The caller when they may; 401 when nobody is signed in, 403 when their role or scope does not allow it. */
export function authorize(actor: Actor | null, permission: Permission): Actor {
  if (!actor) throw new UnauthenticatedError();
  if (!can(actor, permission)) {
    const rule: PermissionRule = PERMISSIONS[permission];
    throw new ForbiddenError(`Only these roles may do this: ${rule.roles.join(', ')}.`);
  }
  return actor;
}

/** The caller; 401 when nobody is signed in. For routes whose permission `permit` already checked. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

/** The caller when it is a signed-in person; 401 for nobody, 403 for an API token. */
export function requireUser(actor: Actor | null): UserActor {
  if (!actor) throw new UnauthenticatedError();
  if (actor.kind !== 'user') throw new ForbiddenError('This needs a signed-in person, not an API token.');
  return actor;
}
