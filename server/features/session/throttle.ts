import { hmac, randomToken, sameText } from '#server/lib/crypto';
import { AppError } from '#server/lib/errors';

/**
 * Sign-in throttling that an attacker cannot turn against the person whose account it is
 * (docs/operations.md, "Sign-in throttling"). Failed sign-ins are counted in three buckets; after a
 * bucket's free failures, the next attempt must wait 1 s after the last failure, doubling with each
 * further failure up to the bucket's cap. Nothing ever locks an account outright:
 * - a browser that signed in to the account before carries a trusted-device cookie for it, and
 *   only its own failures slow it down (the `device` bucket), so the real user's own browser is
 *   never slowed by anyone else's guesses;
 * - every other attempt counts against the client address (`client`: many accounts from one
 *   place) and the account (`account`: one account from many places).
 */

export type Bucket = { free: number; capMs: number };

export const BUCKETS = {
  client: { free: 10, capMs: 15 * 60_000 },
  account: { free: 5, capMs: 5 * 60_000 },
  device: { free: 5, capMs: 15 * 60_000 },
} as const satisfies Record<string, Bucket>;

/** Failures older than this are forgotten (and deleted). */
export const MEMORY_MS = 24 * 3_600_000;

/** How long after the last failure the next attempt waits: nothing for the free ones, then 1 s, 2 s, 4 s … up to the cap. */
export function backoffMs(failures: number, bucket: Bucket): number {
  if (failures < bucket.free) return 0;
  return Math.min(bucket.capMs, 1000 * 2 ** (failures - bucket.free));
}

/** The time still to wait for one bucket, given its failures in memory and the last one's time. */
export function waitMs(stats: { n: number; last: Date | null }, bucket: Bucket, now: Date): number {
  if (!stats.last) return 0;
  return Math.max(0, stats.last.getTime() + backoffMs(stats.n, bucket) - now.getTime());
}

export class TooManyAttemptsError extends AppError {
  readonly retryAfterSeconds: number;
  constructor(waitMs: number) {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    super(
      429,
      'too_many_attempts',
      `Too many failed sign-ins from here or for this account: try again in ${seconds} s. A browser you have signed in with before is not slowed by anyone else's attempts.`,
    );
    this.retryAfterSeconds = seconds;
  }
}

export const DEVICE_COOKIE = 'charter_device';
export const DEVICE_COOKIE_DAYS = 180;

const signature = (secret: string, email: string, deviceId: string) =>
  hmac(secret, `trusted-device\0${email.toLowerCase()}\0${deviceId}`);

/** A new cookie value trusting this browser for `email` (keeping its device id when it had one). */
export function deviceCookieFor(secret: string, email: string, deviceId = randomToken(18)): string {
  return `${deviceId}.${signature(secret, email, deviceId)}`;
}

/** The device id of a cookie that is valid for `email`, or null (absent, forged, or for another account). */
export function trustedDevice(secret: string, email: string, cookie: string | undefined): string | null {
  const match = cookie ? /^([\w-]{10,64})\.([0-9a-f]{64})$/.exec(cookie) : null;
  if (!match?.[1] || !match[2]) return null;
  return sameText(signature(secret, email, match[1]), match[2]) ? match[1] : null;
}
