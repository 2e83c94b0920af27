import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from './api-client';

/**
 * Puts the server's field issues onto the form's fields. Returns the message for everything
 * that is not tied to a field (shown above the form), or null when all were placed.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
): string | null {
  if (!isApiError(error)) return error instanceof Error ? error.message : 'Saving failed.';
  let placed = 0;
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (fields.includes(field)) {
      setError(field as Path<T>, { type: 'server', message: issue.message });
      placed++;
    }
  }
  return placed > 0 && placed === error.issues.length ? null : error.message;
}
