import { afterEach, vi } from 'vitest';

// A console.error during a test is a failure: it almost always hides a real problem.
// Files share a worker (isolate: false) and this file runs again before each of them, so the
// console is wrapped once per worker and the list of errors lives beside it.
const shared = globalThis as typeof globalThis & { consoleErrorsSeen?: unknown[][] };
if (!shared.consoleErrorsSeen) {
  const seen: unknown[][] = [];
  shared.consoleErrorsSeen = seen;
  const original = console.error;
  console.error = (...args: unknown[]) => {
    seen.push(args);
    original(...args);
  };
}
const errors = shared.consoleErrorsSeen;
errors.length = 0; // what an earlier file logged after its last test is not this file's

afterEach(() => {
  const seen = errors.splice(0);
  vi.restoreAllMocks();
  if (seen.length > 0) throw new Error(`console.error was called during the test: ${String(seen[0]?.[0])}`);
});
