import { and, arrayOverlaps, eq, isNull } from 'drizzle-orm';
import { PERMISSIONS } from '#domain/permissions';
import type { Role } from '#domain/roles';
import type { Db, DbOrTx } from '#server/db/client';
import { announce, isListening, UNLISTENED_TTL_MS, watch } from '#server/db/notify';
import { apiTokens, users } from '#server/db/schema/foundation';

/** A live token with its maker as they stand: every check through it acts with the maker's standing. */
type LiveToken = typeof apiTokens.$inferSelect & { maker: typeof users.$inferSelect };
type Entry = { token: LiveToken; loadedAt: number };
type Cache = { byHash: Map<string, Entry>; generation: number };

/** Even while notifications arrive, a token is read again after this long: a belt to NOTIFY's braces. */
const LISTENED_TTL_MS = 60_000;

// Keyed by the database handle, so apps over different databases never share tokens.
const caches = new WeakMap<object, Cache>();

function cacheOf(db: Db): Cache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { byHash: new Map(), generation: 0 };
    caches.set(db, cache);
    watch(db, 'tokens', () => forgetTokens(db));
  }
  return cache;
}

/** The roles that may manage tokens: a token lives only while its creator holds one of them. */
const TOKEN_ROLES: readonly Role[] = PERMISSIONS['tokens.manage'].roles;

// A token whose creator is inactive, or holds no role that manages tokens any more, is dead too,
// even if revoking it with them was somehow missed (docs/rules.md, "API tokens").
async function findLiveToken(db: DbOrTx, tokenHash: string): Promise<LiveToken | undefined> {
  const [row] = await db
    .select({ token: apiTokens, maker: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.createdBy))
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        eq(users.active, true),
        arrayOverlaps(users.roles, [...TOKEN_ROLES]),
      ),
    );
  return row ? { ...row.token, maker: row.maker } : undefined;
}

/**
 * A live token (not revoked, its creator active) by the hash of its secret. Machines call with a token on every
 * firewall check, so live tokens are kept in memory; a revocation drops them here at once and on
 * every other instance through NOTIFY (within UNLISTENED_TTL_MS if the listener is down, and a
 * token is re-read after LISTENED_TTL_MS in any case). Unknown tokens are never cached: what is
 * kept is bounded by the number of live tokens.
 */
export async function liveToken(db: Db, hash: string): Promise<LiveToken | undefined> {
  const cache = cacheOf(db);
  const hit = cache.byHash.get(hash);
  const age = hit ? Date.now() - hit.loadedAt : Number.POSITIVE_INFINITY;
  if (hit && (age < UNLISTENED_TTL_MS || (age < LISTENED_TTL_MS && isListening(db)))) return hit.token;
  const generation = cache.generation;
  const token = await findLiveToken(db, hash);
  if (!token) cache.byHash.delete(hash);
  // A revocation that landed while reading must not be undone by keeping what was read before it.
  else if (cache.generation === generation) cache.byHash.set(hash, { token, loadedAt: Date.now() });
  return token;
}

/** Records when a cached token was last used, so the once-a-minute refresh sees it. */
export function rememberUse(db: Db, hash: string, at: Date): void {
  const hit = cacheOf(db).byHash.get(hash);
  if (hit) hit.token = { ...hit.token, lastUsedAt: at };
}

/** Drops every cached token on this instance; call after a revocation commits. */
export function forgetTokens(db: Db): void {
  const cache = cacheOf(db);
  cache.generation++;
  cache.byHash.clear();
}

/**
 * Tells every instance (this one included) to drop cached tokens when the transaction commits:
 * after a revocation, and after any change to a person, since a token keeps its maker's row.
 */
export async function announceTokenChange(tx: DbOrTx): Promise<void> {
  await announce(tx, 'tokens');
}
