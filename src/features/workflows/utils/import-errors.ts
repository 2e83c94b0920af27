import type { ApiIssue } from '#src/lib/api-client';

export type RowError = { line: number; name: string; field: string; message: string };

/**
 * The server names a bad row by its index (`workflows.3.owner`); a person fixes a file by its
 * line. Issues not about one row (the file as a whole) come back with line 0.
 */
export function rowErrors(issues: ApiIssue[], lines: number[], names: string[]): RowError[] {
  return issues.map((i) => {
    const index = i.path[0] === 'workflows' && typeof i.path[1] === 'number' ? i.path[1] : null;
    return {
      line: index === null ? 0 : (lines[index] ?? 0),
      name: index === null ? '' : (names[index] ?? ''),
      field: (index === null ? i.path.slice(1) : i.path.slice(2)).join(' ') || 'row',
      message: i.message,
    };
  });
}
