import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

export type Issue = { path: (string | number)[]; message: string };

/** A failure the caller can act on; mapped to `{code, message, issues?}` in one place (app.ts). */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, issues: Issue[]) {
    super(422, 'invalid_request', message, issues);
  }
}
/** A zod error's issues in the one error shape, their paths under `prefix`. */
export function issuesOf(error: z.ZodError, prefix: (string | number)[] = []): Issue[] {
  return error.issues.map((i) => ({
    path: [...prefix, ...i.path.filter((p): p is string | number => typeof p !== 'symbol')],
    message: i.code === 'unrecognized_keys' ? `Unknown field: ${i.keys.join(', ')}` : i.message,
  }));
}

/** A 422 naming each field that was wrong; the message lists them as the request validator's does. */
export function invalid(issues: Issue[]): ValidationError {
  return new ValidationError(`Invalid request: ${issues.map((i) => i.path.join('.') || i.message).join(', ')}`, issues);
}

/** A 422 for one field. */
export const invalidField = (field: string, message: string): ValidationError => invalid([{ path: [field], message }]);

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue.') {
    super(401, 'unauthenticated', message);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = 'Your role does not allow this.', code = 'forbidden') {
    super(403, code, message);
  }
}
export class NotFoundError extends AppError {
  constructor(what: string) {
    super(404, 'not_found', `${what} was not found.`);
  }
}
export class ConflictError extends AppError {
  constructor(code: string, message: string) {
    super(409, code, message);
  }
}
/**
 * A refusal whose service already recorded it in its own transaction (an override attempt, with
 * its audit entry); the generic handler answers 403 without writing a second, vaguer entry.
 */
export class RecordedRefusalError extends ForbiddenError {}

/** The PostgreSQL error behind a failed statement (drizzle wraps it as `cause`), to tell constraint failures apart. */
export function pgErrorOf(err: unknown): { code?: string; constraint?: string } | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { cause } = err as { cause?: unknown };
  return (typeof cause === 'object' && cause !== null ? cause : err) as { code?: string; constraint?: string };
}
