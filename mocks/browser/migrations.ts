import type { MigrationMeta } from 'drizzle-orm/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import journal from '#server/db/migrations/meta/_journal.json';
import { sha256 } from '#server/lib/crypto';

// The migrations as text in the bundle: a browser has no folder to read them from.
const files = import.meta.glob<string>('/server/db/migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The migrations as drizzle reads them from the folder (statements, breakpoints, date, hash). */
export function bundledMigrations(): MigrationMeta[] {
  return journal.entries.map((entry) => {
    const query = files[`/server/db/migrations/${entry.tag}.sql`];
    if (query === undefined) throw new Error(`migration ${entry.tag} is not in the bundle`);
    return {
      sql: query.split('--> statement-breakpoint'),
      bps: entry.breakpoints,
      folderMillis: entry.when,
      hash: sha256(query),
    };
  });
}

type Migrating = {
  dialect: { migrate(m: MigrationMeta[], session: unknown, config: object): Promise<void> };
  session: unknown;
};

/** Applies what is not yet applied, as drizzle's PGlite migrator does with a folder. */
export async function migrateBundled(db: PgliteDatabase): Promise<void> {
  const { dialect, session } = db as unknown as Migrating;
  await dialect.migrate(bundledMigrations(), session, { migrationsFolder: '' });
}
