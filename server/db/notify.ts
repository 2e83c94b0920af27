import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from './client';
import { type Listener, poolExtrasOf } from './pool-extras';

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
  /** Webhook deliveries waiting: every instance's worker looks, one takes each (docs/webhooks.md). */
  webhooks: 'charter_webhooks',
} as const;
export type Channel = keyof typeof CHANNELS;

/** Without a listener (PGlite, or a lost connection) caches re-read at least this often. */
export const UNLISTENED_TTL_MS = 5_000;

type Hub = {
  state: 'no' | 'starting' | 'yes';
  /** When a lost or failed listener may be tried again. */
  retryAt: number;
  handlers: Map<Channel, Set<() => void>>;
  listener?: Listener;
  /** The pool was ended: no listener may start again. */
  closed?: boolean;
  patched?: boolean;
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
  if (hub.state === 'no' && !hub.closed && Date.now() >= hub.retryAt) startListening(db, hub);
  return hub.state === 'yes';
}

/** Tells every instance (this one included) to drop its cache when the transaction commits. */
export async function announce(tx: DbOrTx, channel: Channel): Promise<void> {
  await tx.execute(sql`SELECT pg_notify(${CHANNELS[channel]}, '')`);
}

/** Runs this instance's handlers of `channel` now, as a notification would: a change made here is seen here at once. */
export function notifyHere(db: Db, channel: Channel): void {
  for (const fn of hubOf(db).handlers.get(channel) ?? []) fn();
}

function dropAll(hub: Hub): void {
  for (const set of hub.handlers.values()) for (const fn of set) fn();
}

/** How often the listening connection proves it is alive: a silently dropped one hears nothing. */
const HEARTBEAT_MS = 30_000;

// Only a real PostgreSQL pool can LISTEN across instances (`pool-extras.ts`); PGlite is one
// process, invalidated locally.
function startListening(db: Db, hub: Hub): void {
  const pool = poolExtrasOf(db);
  if (!pool || hub.closed) {
    hub.retryAt = Number.POSITIVE_INFINITY;
    return;
  }
  hub.state = 'starting';
  hub.retryAt = Date.now() + UNLISTENED_TTL_MS;
  // The listener is not a pool client: end it with the pool, and never start one after that.
  if (!hub.patched) {
    hub.patched = true;
    pool.onEnd(async () => {
      hub.closed = true;
      hub.retryAt = Number.POSITIVE_INFINITY;
      await hub.listener?.end().catch(() => undefined);
    });
  }
  const byName = new Map<string, Channel>(Object.entries(CHANNELS).map(([key, name]) => [name, key as Channel]));
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let gone = false;
  let up = false;
  // Called by errors, the end event, a failed heartbeat or a failed start; acts once per listener.
  const lost = () => {
    if (gone) return;
    gone = true;
    clearInterval(heartbeat);
    if (hub.listener === listener) {
      hub.listener = undefined;
      hub.state = 'no';
      // A connection that worked and dropped is replaced at once; one that failed to start waits.
      if (up) hub.retryAt = 0;
      dropAll(hub);
    }
    void listener.end().catch(() => undefined);
  };
  const heard = (name: string) => {
    const channel = byName.get(name);
    if (channel) for (const fn of hub.handlers.get(channel) ?? []) fn();
  };
  const listener = pool.listen(Object.values(CHANNELS), heard, lost);
  hub.listener = listener;
  listener.ready
    .then(() => {
      if (hub.closed) return lost();
      // Anything announced before LISTEN took effect is caught by reloading everything.
      dropAll(hub);
      hub.state = 'yes';
      up = true;
      heartbeat = setInterval(() => {
        const timeout = setTimeout(lost, 5_000);
        listener.ping().then(
          () => clearTimeout(timeout),
          () => lost(),
        );
      }, HEARTBEAT_MS);
      (heartbeat as { unref?: () => void }).unref?.();
    })
    .catch(lost);
}
