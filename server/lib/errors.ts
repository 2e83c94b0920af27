import type { ContentfulStatusCode } from 'hono/utils/http-status';

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
