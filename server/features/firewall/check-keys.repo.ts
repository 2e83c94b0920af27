import { and, eq, lt, sql } from 'drizzle-orm';
import type { CheckResult } from '#domain/schemas/firewall';
import type { DbOrTx } from '#server/db/client';
import { rowsOf } from '#server/db/rows';
import { firewallCheckKeys } from '#server/db/schema/check-keys';

/**
 * Claims a key for a first check: a new key, one whose answer is older than `expiredBefore`, or one
 * whose first check never finished (claimed before `abandonedBefore`, no answer). True when this
 * caller holds it now; a caller racing for the same key waits here until the first one commits.
 */
export async function claimKey(
  db: DbOrTx,
  k: { scope: string; key: string; fingerprint: string; claimedAt: Date },
  expiredBefore: Date,
  abandonedBefore: Date,
): Promise<boolean> {
  const result = await db.execute(sql`
    INSERT INTO firewall_check_keys (scope, key, fingerprint, claimed_at)
    VALUES (${k.scope}, ${k.key}, ${k.fingerprint}, ${k.claimedAt.toISOString()}::timestamptz)
    ON CONFLICT (scope, key) DO UPDATE
      SET fingerprint = EXCLUDED.fingerprint, claimed_at = EXCLUDED.claimed_at, request_id = NULL, response = NULL
      WHERE firewall_check_keys.claimed_at < ${expiredBefore.toISOString()}::timestamptz
        OR (firewall_check_keys.response IS NULL AND firewall_check_keys.claimed_at < ${abandonedBefore.toISOString()}::timestamptz)
    RETURNING 1 AS claimed`);
  return rowsOf(result).length > 0;
}

export async function findKey(db: DbOrTx, scope: string, key: string) {
  const [row] = await db
    .select({ fingerprint: firewallCheckKeys.fingerprint, response: firewallCheckKeys.response })
    .from(firewallCheckKeys)
    .where(and(eq(firewallCheckKeys.scope, scope), eq(firewallCheckKeys.key, key)));
  return row as { fingerprint: string; response: CheckResult | null } | undefined;
}

/** Gives up a claim whose check failed, so the caller may try again at once. */
export async function releaseKey(db: DbOrTx, scope: string, key: string, claimedAt: Date) {
  await db.execute(sql`
    DELETE FROM firewall_check_keys WHERE scope = ${scope} AND key = ${key}
      AND claimed_at = ${claimedAt.toISOString()}::timestamptz AND response IS NULL`);
}

export async function deleteExpired(db: DbOrTx, before: Date): Promise<number> {
  const rows = await db
    .delete(firewallCheckKeys)
    .where(lt(firewallCheckKeys.claimedAt, before))
    .returning({ key: firewallCheckKeys.key });
  return rows.length;
}
