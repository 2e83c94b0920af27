import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { type ApiIssue, isApiError } from './api-client';

/**
 * Where an issue the server found belongs on the form: a list of top-level field names, or a
 * function that gives the form path for an issue's path (null when it is not on the form).
 */
export type IssuePlacement = readonly string[] | ((path: ApiIssue['path']) => string | null);

const placeOf = (placement: IssuePlacement, path: ApiIssue['path']): string | null => {
  if (typeof placement === 'function') return placement(path);
  const field = String(path[0] ?? '');
  return placement.includes(field) ? field : null;
};

/**
 * Puts the server's field issues onto the form's fields. Returns the message for everything
 * that is not tied to a field (shown above the form), or null when all were placed.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  placement: IssuePlacement,
): string | null {
  if (!isApiError(error)) return error instanceof Error ? error.message : 'Saving failed.';
  let placed = 0;
  for (const issue of error.issues) {
    const field = placeOf(placement, issue.path);
    if (field !== null) {
      setError(field as Path<T>, { type: 'server', message: issue.message });
      placed++;
    }
  }
  return placed > 0 && placed === error.issues.length ? null : error.message;
}
