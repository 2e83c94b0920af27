import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { authorize, can, type Permission, requireUser } from '#server/auth/policy';
import { ForbiddenError, UnauthenticatedError } from '#server/lib/errors';
import type { AppEnv } from './env';

export type PermitOptions = {
  /** The route needs a signed-in person: an API token is refused whatever its scopes. */
  person?: boolean;
};

/**
 * A route's permission as route middleware: it runs before the request is validated, so a caller
 * who may not use the route gets 403 whatever they sent, never a 422 describing the body
 * (decision 003). Given several permissions, any one of them lets the caller in.
 */
export const permit = (permission: Permission | readonly Permission[], options: PermitOptions = {}) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const actor = c.get('actor');
    if (typeof permission === 'string') authorize(actor, permission);
    else if (!actor) throw new UnauthenticatedError();
    else if (!permission.some((p) => can(actor, p)))
      throw new ForbiddenError('Your role or scope does not allow this.');
    if (options.person) requireUser(actor);
    await next();
  });

/** A route any signed-in person may use (the service narrows it further): no token, before validation. */
export const personOnly = createMiddleware<AppEnv>(async (c, next) => {
  requireUser(c.get('actor'));
  await next();
});

/**
 * What a route declares: its permission checked before validation, and the same permission
 * published in the OpenAPI document as `x-permission` (`x-person` when it needs a person), so
 * callers can read who may use it and a test can walk every route against the permission table.
 */
export function guard<const P extends Permission | readonly Permission[]>(permission: P, options: PermitOptions = {}) {
  const middleware: [MiddlewareHandler<AppEnv>] = [permit(permission, options)];
  return {
    middleware,
    'x-permission': permission,
    ...(options.person ? { 'x-person': true as const } : {}),
  };
}

/** A route for any signed-in person, declared as such in the OpenAPI document. */
export const personGuard = {
  middleware: [personOnly] as [MiddlewareHandler<AppEnv>],
  'x-person': true as const,
};
