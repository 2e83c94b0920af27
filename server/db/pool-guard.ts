import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { describeError } from '#server/lib/describe-error';
import type { Db, DbOrTx } from './client';
import { pgExtras } from './pg-extras';
import { isConnectionLoss } from './pool-errors';
import { registerPoolExtras } from './pool-extras';

/**
 * Pool settings for a server that may go away: a connection that cannot be made within 10 s
 * fails (503) instead of holding the request forever, and TCP keepalive, from 30 s of silence
 * on, notices a peer that vanished without closing the socket.
 */
export const GUARDED_POOL_OPTIONS = {
  connectionTimeoutMillis: 10_000,
  keepAlive: true,
  keepAliveInitialDelayMillis: 30_000,
} satisfies pg.PoolConfig;

/**
 * Makes `db` (drizzle over `pool`) survive lost connections (docs/operations.md, "When the
 * database goes away"):
 * - node-postgres emits `error` on a checked-out client whose connection drops between two
 *   statements; the pool listens only while a client is idle, and an `error` nobody listens to
 *   ends the process. Every client gets a listener for its whole life.
 * - drizzle's pooled transaction never releases its client when BEGIN fails, so each lost
 *   connection would leak one of the pool's ten. Transactions run here instead, on a client
 *   this module checks out and always releases: destroyed when its connection was lost.
 * Returns `db` with its `transaction` replaced, and LISTEN and prepared statements registered for it.
 */
export function guardPool(pool: pg.Pool, db: Db, warn: (message: string) => void = console.warn): Db {
  const onClientError = (err: Error) => warn(`database connection lost: ${describeError(err)}`);
  pool.on('connect', (client) => client.on('error', onClientError));
  pool.on('error', onClientError);

  // One drizzle handle per pooled connection: built once, reused whenever that client comes back.
  const handles = new WeakMap<pg.PoolClient, Db>();
  // Which connection each open transaction runs on, for what drizzle cannot send (COPY).
  const clients = new WeakMap<object, pg.PoolClient>();
  const transaction = async (...[work, config]: Parameters<Db['transaction']>) => {
    const client = await pool.connect();
    let lost: Error | undefined;
    try {
      let handle = handles.get(client);
      if (!handle) {
        handle = drizzle(client) as unknown as Db;
        handles.set(client, handle);
      }
      return await handle.transaction((tx) => {
        clients.set(tx, client);
        return work(tx);
      }, config);
    } catch (err) {
      if (isConnectionLoss(err)) lost = err instanceof Error ? err : new Error('connection lost');
      throw err;
    } finally {
      // With an error the pool closes the client instead of handing it to the next caller.
      client.release(lost);
    }
  };
  Object.defineProperty(db, 'transaction', { value: transaction, configurable: true, writable: true });
  registerPoolExtras(
    db,
    pgExtras(pool, (tx: DbOrTx) => clients.get(tx)),
  );
  return db;
}
