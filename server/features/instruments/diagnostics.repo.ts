import { desc, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from '#server/db/client';
import { users } from '#server/db/schema/foundation';
import { diagnostics } from '#server/db/schema/instruments';

export type DiagnosticRow = typeof diagnostics.$inferSelect & { takenByName: string };

const withName = { diagnostic: diagnostics, name: users.name };
const flat = (r: { diagnostic: typeof diagnostics.$inferSelect; name: string }): DiagnosticRow => ({
  ...r.diagnostic,
  takenByName: r.name,
});

export async function insertDiagnostic(db: DbOrTx, row: typeof diagnostics.$inferInsert) {
  await db.insert(diagnostics).values(row);
}

export async function findDiagnostic(db: DbOrTx, id: string): Promise<DiagnosticRow | undefined> {
  const [row] = await db
    .select(withName)
    .from(diagnostics)
    .innerJoin(users, eq(users.id, diagnostics.takenBy))
    .where(eq(diagnostics.id, id));
  return row ? flat(row) : undefined;
}

/** The diagnostic taken just before `d`. */
export async function diagnosticBefore(db: DbOrTx, d: { seq: number }): Promise<DiagnosticRow | undefined> {
  const [row] = await db
    .select(withName)
    .from(diagnostics)
    .innerJoin(users, eq(users.id, diagnostics.takenBy))
    .where(lt(diagnostics.seq, d.seq))
    .orderBy(desc(diagnostics.seq))
    .limit(1);
  return row ? flat(row) : undefined;
}

/** The latest diagnostics, newest first. */
export async function listDiagnostics(db: DbOrTx, limit = 100): Promise<DiagnosticRow[]> {
  const rows = await db
    .select(withName)
    .from(diagnostics)
    .innerJoin(users, eq(users.id, diagnostics.takenBy))
    .orderBy(desc(diagnostics.seq))
    .limit(limit);
  return rows.map(flat);
}
