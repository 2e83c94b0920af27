/**
 * An error as one log line (and, when asked, its stack frames), safe to write to a log: a failed
 * query shows its SQL text and the database's code and message, never its parameters (password
 * hashes, email addresses, contact attributes) nor the database's `detail`, which repeats the
 * offending values. docs/operations.md ("Logs") says what operators can expect.
 */
export function describeError(err: unknown, options: { stack?: boolean } = {}): string {
  const line = describeChain(err, 0);
  if (!options.stack || !(err instanceof Error) || !err.stack) return line;
  // The stack's first lines repeat the message, parameters included: keep only the frames.
  const frames = err.stack.split('\n').filter((l) => /^\s+at /.test(l));
  return frames.length > 0 ? `${line}\n${frames.join('\n')}` : line;
}

const MAX_SQL = 500;

function describeChain(err: unknown, depth: number, parentQuery?: string): string {
  const own = describeOne(err, parentQuery);
  const cause = (err as { cause?: unknown } | null)?.cause;
  if (cause === undefined || cause === null || depth >= 3) return own;
  return `${own} (caused by ${describeChain(cause, depth + 1, queryOf(err) ?? parentQuery)})`;
}

// Drizzle's query error, and PGlite's own errors, carry the statement and its parameters.
function queryOf(err: unknown): string | undefined {
  const e = err as { query?: unknown; params?: unknown } | null;
  return typeof e?.query === 'string' && e.params !== undefined ? e.query : undefined;
}

function describeOne(err: unknown, parentQuery?: string): string {
  if (!(err instanceof Error)) return typeof err === 'string' ? err : `non-error thrown: ${typeof err}`;
  const e = err as Error & { code?: unknown; severity?: unknown };
  const parts: string[] = [];
  const query = queryOf(err);
  if (query !== undefined && query !== parentQuery) {
    parts.push(`Failed query: ${query.length > MAX_SQL ? `${query.slice(0, MAX_SQL)}…` : query}`);
  }
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (code && typeof e.severity === 'string') {
    parts.push(`database error ${code}: ${databaseMessage(code, e.message)}`);
  } else if (query === undefined) {
    // An error without a statement has no parameters to leak: its message is what it says.
    const name = e.name && e.name !== 'Error' ? `${e.name}: ` : '';
    parts.push(`${name}${e.message}${code && !e.message.includes(code) ? ` [${code}]` : ''}`);
  }
  return parts.join(': ') || 'Failed query';
}

// Data exceptions (class 22) quote the value that did not fit, e.g. `invalid input syntax for
// type uuid: "…"`: the value is a parameter, so it is cut.
function databaseMessage(code: string, message: string): string {
  return code.startsWith('22') ? message.replace(/:\s*".*$/s, ': "…"') : message;
}
