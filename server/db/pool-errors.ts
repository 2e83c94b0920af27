import { AppError } from '#server/lib/errors';

/**
 * Errors that say the database connection was lost or could not be made, as opposed to a
 * statement the database refused. They are mapped once, in the app's error handler, to 503
 * `database_unavailable` (docs/operations.md, "When the database goes away").
 */

// Class 08: connection exceptions. 57P01–57P05: the server ended the session (terminated by an
// administrator, crash or fast shutdown, not accepting connections yet, database dropped, idle
// timeout). 53300: too many connections.
const LOST_SQLSTATE = /^(08...|57P0[1-5]|53300)$/;

const LOST_ERRNO = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// What node-postgres and its pool say when a socket ends, a client broke earlier, or no
// connection could be had in time.
const LOST_MESSAGE =
  /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout exceeded when trying to connect|Cannot use a pool after calling end|Connection ended unexpectedly|Query read timeout)/;

export function isConnectionLoss(err: unknown): boolean {
  return lossIn(err, 0);
}

function lossIn(err: unknown, depth: number): boolean {
  if (typeof err !== 'object' || err === null || depth > 4) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (LOST_SQLSTATE.test(e.code) || LOST_ERRNO.has(e.code))) return true;
  if (typeof e.message === 'string' && LOST_MESSAGE.test(e.message)) return true;
  // Drizzle wraps the driver's error as its cause; a failed dual-stack connect is an AggregateError.
  if (lossIn(e.cause, depth + 1)) return true;
  return Array.isArray(e.errors) && e.errors.some((inner) => lossIn(inner, depth + 1));
}

/** Seconds a client should wait before trying again: about as long as a restart takes. */
export const RETRY_AFTER_SECONDS = 5;

export class DatabaseUnavailableError extends AppError {
  readonly retryAfterSeconds = RETRY_AFTER_SECONDS;
  constructor() {
    super(
      503,
      'database_unavailable',
      'The database is unavailable at the moment. Try again in a few seconds; a write cut off now was saved whole or not at all.',
    );
  }
}
