import { randomHex } from '#server/lib/crypto';
import type { Actor } from './actor';

/**
 * Patterns, not people (docs/rules.md): who tried an override reaches the owner only. Everyone
 * else sees the team, the segment, the reason and the counts: the attempts list, the audit log
 * and its exports leave out the actor and anything that points at one person (a campaign is
 * someone's).
 */

export const OVERRIDE_REFUSED = 'firewall.override_refused';

/** What an override attempt's actor reads as, to everyone but the owner. */
export const WITHHELD = 'withheld';

export const seesAttempters = (actor: Actor): boolean => actor.kind === 'user' && actor.roles.includes('owner');

/**
 * Random text stored in an override attempt's audit entry. The entry's hash covers it, so a
 * reader shown the entry without its actor cannot find the actor by hashing each person's name.
 */
export const attemptNonce = (): string => randomHex(16);

/** A target that names a campaign points at its creator: only its kind is kept. */
export const withheldTarget = (target: string | null): string | null =>
  target?.startsWith('campaign:') ? 'campaign' : target;

/** An override attempt's audit `after`, without the campaign, the nonce or a campaign target. */
export function withheldAttemptRecord(after: unknown): unknown {
  if (typeof after !== 'object' || after === null || Array.isArray(after)) return after;
  const { nonce: _nonce, campaignId: _campaignId, ...rest } = after as Record<string, unknown>;
  return {
    ...rest,
    ...('campaignId' in after ? { campaignId: null } : {}),
    ...(typeof rest.target === 'string' ? { target: withheldTarget(rest.target) } : {}),
  };
}
