import '@testing-library/jest-dom/vitest';
import { cleanup, configure, getConfig } from '@testing-library/react';
import { afterEach } from 'vitest';
import './setup-node';

// Files share a worker and its modules (isolate: false): a file that raises Testing Library's
// timeout must not raise it for the files after it, so each file starts from the defaults.
const shared = globalThis as typeof globalThis & { testingLibraryDefaults?: ReturnType<typeof getConfig> };
shared.testingLibraryDefaults ??= { ...getConfig() };
configure(shared.testingLibraryDefaults);

afterEach(() => {
  cleanup();
});
