import type { Db, DbOrTx } from '#server/db/client';
import type { Clock } from '#server/lib/clock';
import { type Hashes, portableHashes } from '#server/lib/crypto';
import { type PasswordHasher, passwordHasher } from '#server/lib/passwords';
import type { AuditContext } from './audit-context';

/**
 * The first argument of every service (docs/architecture.md, "A server feature"): the app's
 * database and clock, and the connection statements go to: the database itself, or the
 * transaction a caller has already opened.
 */
export type DbContext = {
  /** The app's database outside any transaction; per-database caches are keyed by it. */
  readonly root: Db;
  /** Where statements go: `root`, or the open transaction. */
  readonly conn: DbOrTx;
  readonly clock: Clock;
  /** How the audit entries written through this context are keyed (docs/decisions/002); null: unkeyed. */
  readonly audit: AuditContext | null;
  /** Password hashing: Node's native scrypt on the server, a portable one elsewhere (docs/decisions/018). */
  readonly passwords: PasswordHasher;
  /** SHA-256 and HMAC on the request path: Node's native ones on the server, portable elsewhere (docs/decisions/022). */
  readonly hashes: Hashes;
};

/** What the edge passes in beside the database and clock; tests and tools may leave it out. */
export type EdgeContext = { audit?: AuditContext | null; passwords?: PasswordHasher; hashes?: Hashes };

// One portable hasher for every context not given one, so its decoy hash is made once (lazily).
const portableHasher = passwordHasher();

export const dbContext = (root: Db, clock: Clock, edge: EdgeContext = {}): DbContext => ({
  root,
  conn: root,
  clock,
  audit: edge.audit ?? null,
  passwords: edge.passwords ?? portableHasher,
  hashes: edge.hashes ?? portableHashes,
});

/** Whether `db` runs inside a transaction: its single connection takes one statement at a time. */
export const inTransaction = (db: DbContext): boolean => db.conn !== db.root;

/**
 * The one place transactions are opened (docs/architecture.md, "Transactions"): runs `work` in a
 * transaction that commits when it returns and rolls back when it throws. Called inside a
 * transaction it joins it, so a service calling another commits or rolls back with it.
 */
export async function transaction<T>(db: DbContext, work: (tx: DbContext) => Promise<T>): Promise<T> {
  if (inTransaction(db)) return work(db);
  return db.root.transaction((conn) => work({ ...db, conn }));
}

/** For writes that only mean something beside the change they belong to (its audit entry, say). */
export function assertInTransaction(db: DbContext, what: string): void {
  if (!inTransaction(db)) throw new Error(`${what} belongs inside the transaction of the change`);
}

type Results<T extends readonly (() => Promise<unknown>)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs independent reads in parallel on separate pool connections, or one after another inside a
 * transaction, whose single connection must not be given a second query while one is running.
 */
export async function gather<const T extends readonly (() => Promise<unknown>)[]>(
  db: DbContext,
  tasks: T,
): Promise<Results<T>> {
  if (!inTransaction(db)) return (await Promise.all(tasks.map((t) => t()))) as Results<T>;
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as Results<T>;
}
