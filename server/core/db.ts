import type { Db, DbOrTx } from '#server/db/client';
import type { Clock } from '#server/lib/clock';

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
};

export const dbContext = (root: Db, clock: Clock): DbContext => ({ root, conn: root, clock });

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
