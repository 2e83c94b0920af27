import { createApp } from '#server/app';
import { openMemory } from '#server/db/client';
import { systemClock } from '#server/lib/clock';
import { seedDemo } from '#server/seed/demo';

/**
 * The mock backend is the real app, in-process, over a throwaway in-memory PGlite database with
 * the migrations and the demo workspace: component tests exercise the real rules, not a copy.
 */
export async function createMockBackend() {
  const database = await openMemory();
  await seedDemo(database.db, systemClock);
  const app = createApp({ db: database.db, dbKind: database.kind, sessionSecret: 'm'.repeat(32) });
  return { app, db: database.db, close: database.close };
}

export type MockBackend = Awaited<ReturnType<typeof createMockBackend>>;
