import { createApp } from '#server/app';
import type { Database } from '#server/db/client';

/**
 * The mock backend is the real app, in-process, over a throwaway in-memory database that already
 * has the migrations and the demo workspace (component tests pass a copy of a seeded snapshot):
 * component tests exercise the real rules, not a copy.
 */
export function createMockBackend(database: Database) {
  const app = createApp({ db: database.db, dbKind: database.kind, sessionSecret: 'm'.repeat(32) });
  return { app, db: database.db, close: database.close };
}

export type MockBackend = ReturnType<typeof createMockBackend>;
