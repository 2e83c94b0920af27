import { AppError } from '#server/lib/errors';

/**
 * One import at a time, and no upsert while it runs: each is refused at once, before its body is
 * read, rather than holding a database connection while it waits (docs/decisions/026-a-bulk-import.md).
 */
export const importRunningError = () =>
  new AppError(409, 'import_running', 'An import of contacts is running: send this again once it has finished.');
