import { OpenAPIHono } from '@hono/zod-openapi';
import { invalid, issuesOf } from '#server/lib/errors';
import type { AppEnv } from './env';

/**
 * Every feature's routes are declared with their zod schemas; a request that fails them gets a
 * 422 naming each field, in the one error shape.
 */
export function router() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalid(issuesOf(result.error));
    },
  });
}

export const errorResponses = {
  400: { description: 'Malformed request' },
  401: { description: 'Not signed in' },
  403: { description: 'Not allowed' },
  422: { description: 'Invalid fields; `issues` names them' },
} as const;
