import os from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { LongestFirst } from './test/sequencer.js';

/** The browser tests that only read the shared server's data (docs/testing.md, "Browser"). */
const PAGE_WALKS = ['test/e2e/narrow.e2e.ts', 'test/e2e/shell.e2e.ts', 'test/e2e/demo.e2e.ts'];

function browserProject(name: string, include: string[], exclude: string[] = []) {
  return {
    extends: true as const,
    test: {
      name,
      environment: 'node',
      include,
      exclude,
      // One Chromium, server and demo build for both browser projects (test/e2e/global-setup.ts).
      globalSetup: ['test/e2e/global-setup.ts'],
      setupFiles: ['test/e2e/setup.ts'],
      // One server and one database for every browser test: a project's files run one after
      // another, in one worker, so they share its accessibility checks (test/e2e/accessibility.ts).
      fileParallelism: false,
      isolate: false,
      // A project on one worker needs a group of its own: in one `vitest run` it comes after
      // the others; `npm test` gives it a run of its own beside them (docs/testing.md).
      sequence: { groupOrder: 1 },
      // Generous on a busy machine: a passing test is not slowed by these, only a stuck one.
      testTimeout: 180_000,
      hookTimeout: 240_000,
      expect: { poll: { timeout: 15_000 } },
    },
  };
}

// Test layout, snapshots and scripts: docs/testing.md.
export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    // Every core, at least two: Vitest's own default leaves one core idle on a two-core machine.
    // A worker more than the cores was measured slower twice (docs/testing.md): beside the two
    // browser runs the cores are already saturated, and a third worker only stretches every file.
    maxWorkers: Math.max(2, os.availableParallelism()),
    // The longest files first, on a clean checkout too (test/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          include: ['domain/**/*.test.ts'],
          setupFiles: ['test/setup-node.ts'],
          // Pure functions: nothing to leak, so files share their worker and its loaded modules.
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'test/server/**/*.test.ts'],
          setupFiles: ['test/setup-node.ts'],
          // The snapshots' directory, the run's one test PostgreSQL and its prepared DATA_DIR for
          // the app's own process (docs/testing.md).
          globalSetup: [
            'test/db/global-setup.ts',
            'test/db/shared-postgres-setup.ts',
            'test/db/prepared-data-dir-setup.ts',
          ],
          // Each file opens its own database and app; server state is keyed by database, not global.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'web',
          environment: 'jsdom',
          environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
          include: ['src/**/*.test.tsx', 'src/**/*.test.ts', 'test/web/**/*.test.tsx'],
          setupFiles: ['test/setup-web.ts'],
          globalSetup: ['test/db/global-setup.ts'],
          // Each file starts its own mock backend and MSW server; Testing Library unmounts after each test.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      browserProject('e2e', ['test/e2e/**/*.e2e.ts'], PAGE_WALKS),
      // The walks through every page change nothing the other browser tests read (and the demo
      // has a database of its own, in the tab): `npm test` runs them beside those, in a Vitest run
      // of their own over the same server (scripts/test.ts).
      browserProject('e2e-pages', PAGE_WALKS),
    ],
  },
});
