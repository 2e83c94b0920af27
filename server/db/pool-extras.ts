import type { Db, DbOrTx } from './client';

/**
 * What a node-postgres pool adds beyond drizzle's query surface, registered for its handle by
 * `guardPool` on the Node side: LISTEN for cache invalidation across instances (`notify.ts`) and
 * named prepared statements (`prepared.ts`). PGlite, in tests and in the in-browser demo, has
 * neither, and the request path runs without them (docs/decisions/018).
 */
export type PoolExtras = {
  /** Starts listening on the channels; `heard` is called per notification, `lost` once when the connection ends. */
  listen(channels: string[], heard: (channel: string) => void, lost: () => void): Listener;
  /** A named prepared statement on a pooled connection. */
  prepared(name: string, text: string, values: unknown[]): Promise<unknown[]>;
  /**
   * `COPY … FROM STDIN` inside `tx`, a transaction opened on this pool, fed with `chunks` (text in
   * COPY's own format). An error thrown by `chunks` cancels the COPY (so the transaction can only
   * roll back) and is what this rejects with. The bulk import uses it (docs/decisions/026-a-bulk-import.md).
   */
  copyFrom(tx: DbOrTx, statement: string, chunks: AsyncIterable<string>): Promise<void>;
  /** Called when the pool is ended: no listener may start after that. */
  onEnd(fn: () => Promise<void>): void;
};

export type Listener = {
  /** Resolves once LISTEN took effect. */
  ready: Promise<void>;
  /** A cheap round trip that fails when the connection is gone. */
  ping(): Promise<unknown>;
  end(): Promise<void>;
};

// Keyed by the database handle: apps over different databases never share one.
const extras = new WeakMap<object, PoolExtras>();

export const registerPoolExtras = (db: Db, pool: PoolExtras): void => void extras.set(db, pool);
export const poolExtrasOf = (db: unknown): PoolExtras | undefined =>
  typeof db === 'object' && db !== null ? extras.get(db) : undefined;
