import { createApp } from '#server/app';
import type { Database } from '#server/db/client';
import type { Scrypt } from '#server/lib/passwords';

/**
 * The mock backend is the real app, in-process, over a throwaway in-memory database that already
 * has the migrations and the demo workspace (component tests pass a copy of a seeded snapshot):
 * component tests exercise the real rules, not a copy.
 */
export function createMockBackend(database: Database, options: { scrypt?: Scrypt } = {}) {
  const app = createApp({ db: database.db, dbKind: database.kind, sessionSecret: 'm'.repeat(32), ...options });
  return { app, db: database.db, close: database.close };
}

export type MockBackend = ReturnType<typeof createMockBackend>;
