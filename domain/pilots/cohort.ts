/**
 * Deterministic cohort assignment for pilots (docs/pilots.md, "Cohorts"). A contact's place is
 * a number in [0, 1) from a hash of the pilot id and the contact id: the same contact always lands
 * in the same cohort of a pilot, and different pilots split contacts independently. Below the
 * share: the pilot cohort; from the share to twice the share: the control cohort, the same size
 * in expectation; above: unchanged.
 */
export type Cohort = 'pilot' | 'control';

export const PILOT_SHARE = { min: 1, max: 20, default: 5 } as const;
export const PILOT_DAYS = { min: 7, max: 28, default: 14 } as const;

/**
 * 32-bit FNV-1a over the UTF-16 code units, then murmur3's finaliser: FNV alone leaves ids that
 * differ only in their last digits too close together; the finaliser spreads every bit.
 */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The contact's place in this pilot, in [0, 1). */
export function placeOf(pilotId: string, contactId: string): number {
  return hash32(`${pilotId}\u0000${contactId}`) / 4_294_967_296;
}

/** The cohort a contact the change would move falls in, or null when it stays unchanged. */
export function cohortOf(pilotId: string, contactId: string, sharePercent: number): Cohort | null {
  const u = placeOf(pilotId, contactId);
  const share = sharePercent / 100;
  if (u < share) return 'pilot';
  if (u < 2 * share) return 'control';
  return null;
}
