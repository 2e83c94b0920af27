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

function describeChain(err: unknown, depth: number): string {
  const own = describeOne(err);
  const cause = (err as { cause?: unknown } | null)?.cause;
  if (cause === undefined || cause === null || depth >= 3) return own;
  return `${own} (caused by ${describeChain(cause, depth + 1)})`;
}

function describeOne(err: unknown): string {
  if (!(err instanceof Error)) return typeof err === 'string' ? err : `non-error thrown: ${typeof err}`;
  const e = err as Error & { query?: unknown; params?: unknown; code?: unknown; severity?: unknown };
  if (typeof e.query === 'string' && 'params' in e) {
    const text = e.query.length > MAX_SQL ? `${e.query.slice(0, MAX_SQL)}…` : e.query;
    return `Failed query: ${text}`;
  }
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (code && typeof e.severity === 'string') return `database error ${code}: ${databaseMessage(code, e.message)}`;
  const name = e.name && e.name !== 'Error' ? `${e.name}: ` : '';
  return `${name}${e.message}${code && !e.message.includes(code) ? ` [${code}]` : ''}`;
}

// Data exceptions (class 22) quote the value that did not fit, e.g. `invalid input syntax for
// type uuid: "…"`: the value is a parameter, so it is cut.
function databaseMessage(code: string, message: string): string {
  return code.startsWith('22') ? message.replace(/:\s*".*$/s, ': "…"') : message;
}
