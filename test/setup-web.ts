import '@testing-library/jest-dom/vitest';
import { cleanup, configure, getConfig } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import './setup-node';

// Files share a worker and its modules (isolate: false): a file that changes Testing Library's
// settings must not change them for the files after it, so each file starts from the defaults.
const shared = globalThis as typeof globalThis & { testingLibraryDefaults?: ReturnType<typeof getConfig> };
shared.testingLibraryDefaults ??= { ...getConfig() };
configure(shared.testingLibraryDefaults);

// How long a query waits for what it looks for before it fails. A page makes several API calls to
// the in-process app over PGlite, and on a busy machine (the suite runs on every core beside the
// browser tests) that can take seconds. A passing query returns as soon as it finds its element,
// so waiting longer costs nothing; speed is measured by the benchmarks. This runs after the file
// has set its own timeout, and only ever raises it.
const PATIENCE_MS = 15_000;
beforeAll(() => {
  if (getConfig().asyncUtilTimeout < PATIENCE_MS) configure({ asyncUtilTimeout: PATIENCE_MS });
});

afterEach(() => {
  cleanup();
});
