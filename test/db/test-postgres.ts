import { type EmbeddedServer, startEmbedded } from '#server/db/embedded';

/**
 * What a test's own PostgreSQL may give up: its data lives only as long as the test, so nothing
 * need reach the disk before the server says it is written (docs/testing.md, "Keeping the run
 * short"). A clean stop still writes everything; only a machine crash would lose data. The tests
 * that kill PostgreSQL or the app run the app's own server (server/main.ts), which passes none.
 */
export const TEST_POSTGRES_SETTINGS = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' };

/** The embedded PostgreSQL (server/db/embedded.ts) with the test settings, and initdb without its final sync. */
export function startTestPostgres(dataDir: string, options: { port?: number } = {}): Promise<EmbeddedServer> {
  return startEmbedded(dataDir, () => undefined, {
    ...options,
    settings: TEST_POSTGRES_SETTINGS,
    initdbFlags: ['--no-sync'],
  });
}
