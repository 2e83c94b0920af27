/**
 * When to try again (docs/webhooks.md, "Delivery"): right away, then after 5 s, 5 min, 30 min,
 * 2 h, 5 h, 10 h and 10 h, about 28 hours in all; then the delivery has failed. A receiver that
 * answers 4xx said the request itself is wrong, so it is not repeated, except 408 (timeout), 409
 * (conflict) and 429 (slow down), which say "later".
 */
export const BACKOFF_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000] as const;

/** A day of failures in a row turns an endpoint off. */
export const DISABLE_AFTER_MS = 24 * 3_600_000;

export type Step = { status: 'delivered' } | { status: 'failed' } | { status: 'pending'; retryInMs: number };

/** What follows an attempt, given how many attempts came before it. */
export function nextStep(attemptsBefore: number, statusCode: number | null, refused: boolean): Step {
  if (statusCode !== null && statusCode >= 200 && statusCode < 300) return { status: 'delivered' };
  if (refused) return { status: 'failed' };
  if (statusCode !== null && statusCode >= 400 && statusCode < 500 && ![408, 409, 429].includes(statusCode)) {
    return { status: 'failed' };
  }
  const wait = BACKOFF_MS[attemptsBefore];
  return wait === undefined ? { status: 'failed' } : { status: 'pending', retryInMs: wait };
}
