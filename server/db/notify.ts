import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Db, DbOrTx } from './client';

/**
 * Cross-instance invalidation of in-memory caches through PostgreSQL LISTEN/NOTIFY. Whoever
 * changes cached data notifies a channel inside its transaction (delivered on commit); every
 * instance listens on one connection per pool and drops what it cached.
 */
export const CHANNELS = {
  /** Segment versions, campaign approvals, firewall settings. */
  policy: 'charter_policy',
  /** API tokens: a revoked token must stop working on every instance. */
  tokens: 'charter_tokens',
} as const;
export type Channel = keyof typeof CHANNELS;

/** Without a listener (PGlite, or a lost connection) caches re-read at least this often. */
export const UNLISTENED_TTL_MS = 5_000;

type Hub = {
  state: 'no' | 'starting' | 'yes';
  /** When a lost or failed listener may be tried again. */
  retryAt: number;
  handlers: Map<Channel, Set<() => void>>;
};

// Keyed by the database handle, so apps over different databases never share a listener.
const hubs = new WeakMap<object, Hub>();

function hubOf(db: Db): Hub {
  let hub = hubs.get(db);
  if (!hub) {
    hub = { state: 'no', retryAt: 0, handlers: new Map() };
    hubs.set(db, hub);
  }
  return hub;
}

/** Calls `onChange` whenever `channel` is notified, and whenever notifications may have been missed. */
export function watch(db: Db, channel: Channel, onChange: () => void): void {
  const hub = hubOf(db);
  const set = hub.handlers.get(channel) ?? new Set();
  set.add(onChange);
  hub.handlers.set(channel, set);
}

/**
 * Whether this instance hears every notification right now; (re)starts the listener when it is
 * down. A cache that is not listening must treat what it holds as stale after UNLISTENED_TTL_MS.
 */
export function isListening(db: Db): boolean {
  const hub = hubOf(db);
  if (hub.state === 'no' && Date.now() >= hub.retryAt) startListening(db, hub);
  return hub.state === 'yes';
}

/** Tells every instance (this one included) to drop its cache when the transaction commits. */
export async function announce(tx: DbOrTx, channel: Channel): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${CHANNELS[channel]}, '')`);
}

function dropAll(hub: Hub): void {
  for (const set of hub.handlers.values()) for (const fn of set) fn();
}

// Only a real PostgreSQL pool can LISTEN across instances; PGlite is one process, invalidated locally.
function startListening(db: Db, hub: Hub): void {
  const pool = (db as unknown as { $client?: unknown }).$client;
  if (!(pool instanceof pg.Pool)) {
    hub.retryAt = Number.POSITIVE_INFINITY;
    return;
  }
  hub.state = 'starting';
  hub.retryAt = Date.now() + UNLISTENED_TTL_MS;
  const client = new pg.Client((pool as unknown as { options: pg.ClientConfig }).options);
  const byName = new Map<string, Channel>(Object.entries(CHANNELS).map(([key, name]) => [name, key as Channel]));
  const lost = () => {
    hub.state = 'no';
    dropAll(hub);
  };
  client.on('notification', (msg) => {
    const channel = byName.get(msg.channel);
    if (channel) for (const fn of hub.handlers.get(channel) ?? []) fn();
  });
  client.on('error', () => {
    lost();
    void client.end().catch(() => undefined);
  });
  client.on('end', lost);
  client
    .connect()
    .then(() =>
      client.query(
        Object.values(CHANNELS)
          .map((name) => `LISTEN ${name};`)
          .join(' '),
      ),
    )
    .then(() => {
      // Anything announced before LISTEN took effect is caught by reloading everything.
      dropAll(hub);
      hub.state = 'yes';
      stopWithPool(pool, client);
    })
    .catch(() => {
      hub.state = 'no';
      void client.end().catch(() => undefined);
    });
}

// The listener is not a pool client: end it with the pool so shutdown does not wait on it.
function stopWithPool(pool: pg.Pool, client: pg.Client): void {
  const end = pool.end.bind(pool) as () => Promise<void>;
  (pool as { end: () => Promise<void> }).end = async () => {
    await client.end().catch(() => undefined);
    return end();
  };
}
