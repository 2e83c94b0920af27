import { createMiddleware } from 'hono/factory';
import { authorize, type Permission } from '#server/auth/policy';
import type { AppEnv } from './env';

/**
 * A route's permission as route middleware: it runs before the request is validated, so a caller
 * who may not use the route gets 403 whatever they sent, never a 422 describing the body.
 */
export const permit = (permission: Permission) =>
  createMiddleware<AppEnv>(async (c, next) => {
    authorize(c.get('actor'), permission);
    await next();
  });
