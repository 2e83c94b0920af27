import { canonical } from '#domain/canonical';
import type { CheckInput, CheckResult } from '#domain/schemas/firewall';
import type { Actor, ActorRef } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { AppError, ConflictError } from '#server/lib/errors';
import { decideCheck } from './check.service';
import * as keys from './check-keys.repo';
import { insertCheckWithKey } from './check-record.repo';

const DAY_MS = 86_400_000;
/** A first check that has not answered in this long died with its process: the key is free again. */
const ABANDONED_MS = 60_000;
/** How long a repeat waits for a first check still running before it is told to come back. */
const WAIT_MS = 3_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whose key it is: platforms share nothing, so each token (or person) has its own keys. */
const scopeOf = (actor: Actor) => (actor.kind === 'token' ? `token:${actor.tokenId}` : `user:${actor.id}`);

/**
 * A check with an Idempotency-Key (docs/firewall.md, "Idempotent checks"): the first call with a
 * key is decided and recorded as usual, with its answer kept beside the key in the same
 * statement; a repeat within 24 hours gets that answer again (the same requestId) and is neither
 * recorded nor counted again. The same key with a different body is refused with 422.
 */
export async function runIdempotentCheck(
  db: DbContext,
  actor: Actor,
  { idempotencyKey, ...input }: CheckInput & { idempotencyKey: string },
): Promise<{ result: CheckResult; replayed: boolean }> {
  const scope = scopeOf(actor);
  const fingerprint = db.hashes.sha256(canonical(input));
  const deadline = Date.now() + WAIT_MS;
  // Decided before the key is claimed: a check refused for its content (an unknown campaign, say)
  // writes nothing at all, not even a claim it gives back.
  const decided = await decideCheck(db, actor, input);
  for (;;) {
    const now = db.clock.now();
    const claim = { scope, key: idempotencyKey, fingerprint, claimedAt: now };
    const claimed = await keys.claimKey(
      db.conn,
      claim,
      new Date(now.getTime() - DAY_MS),
      new Date(now.getTime() - ABANDONED_MS),
    );
    if (claimed) {
      let held = false;
      const result: CheckResult = decided.result;
      try {
        held = await insertCheckWithKey(db.root, decided.record, claim, result);
      } catch (err) {
        await keys.releaseKey(db.conn, scope, idempotencyKey, now).catch(() => undefined);
        throw err;
      }
      if (held) return { result, replayed: false };
      // Another caller took the key over in the meantime: its answer is the one.
    }
    const stored = await keys.findKey(db.conn, scope, idempotencyKey);
    if (stored && stored.fingerprint !== fingerprint) {
      throw new AppError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was used with a different request in the last 24 hours; use a new key for a new request.',
        [{ path: ['Idempotency-Key'], message: 'Used before with a different body' }],
      );
    }
    if (stored?.response) return { result: stored.response, replayed: true };
    if (Date.now() >= deadline) {
      throw new ConflictError(
        'idempotency_key_in_use',
        'A check with this Idempotency-Key is still running; try again in a moment.',
      );
    }
    await sleep(100);
  }
}

/** Keys older than 24 hours are forgotten (the worker's periodic pass). */
export async function forgetExpiredCheckKeys(db: DbContext, _actor: ActorRef, _input: Record<string, never>) {
  return keys.deleteExpired(db.conn, new Date(db.clock.now().getTime() - DAY_MS));
}
