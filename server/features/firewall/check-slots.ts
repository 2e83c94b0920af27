import type { Cohort } from '#domain/pilots/cohort';
import type { PilotPlace, Pilots } from './pilot-cache';
import type { SegmentPolicyRow } from './policy.repo';
import type { Policy } from './policy-cache';

/**
 * Where a contact is decided when pilots run (docs/pilots.md, "The firewall"): its slot, the
 * segment and send rules its decision is made under, shared by every contact of the same slot.
 */

/** The cohorts in force at `now`, or null when no pilot runs (the usual case: no lookup per contact). */
export function pilotsAt(pilots: Pilots, now: Date): Map<string, PilotPlace> | null {
  return pilots.placeOf.size > 0 && now.getTime() < pilots.firstEnd ? pilots.placeOf : null;
}

/**
 * What a contact is decided on. A pilot-cohort member whose segment is still the one it had when
 * the pilot started is decided in the segment the proposal gives it, under the proposed version's
 * send rules; a control member is decided as everyone else. Both name the pilot
 * (docs/pilots.md, "The firewall").
 */
export type Slot = {
  /** Decisions are shared per slot: the segment key, or the segment under a pilot cohort. */
  key: string | null | undefined;
  segmentKey: string | null | undefined;
  segment: SegmentPolicyRow | null;
  /** The version recorded with a blocked decision: none for the proposed one, not approved yet. */
  recordedVersion: number | null;
  pilot?: { id: string; cohort: Cohort };
};

export function slotOf(segmentKey: string | null | undefined, policy: Policy, place: PilotPlace | undefined): Slot {
  const inForce = (key: string | null | undefined) => (key ? (policy.segments.get(key) ?? null) : null);
  if (!place || segmentKey === undefined || segmentKey !== place.before) {
    const segment = inForce(segmentKey);
    return { key: segmentKey, segmentKey, segment, recordedVersion: segment?.version ?? null };
  }
  const { pilot, cohort } = place;
  const tag = { id: pilot.id, cohort };
  if (cohort === 'control') {
    const segment = inForce(segmentKey);
    const key = `${pilot.id}\u0000c\u0000${segmentKey}`;
    return { key, segmentKey, segment, recordedVersion: segment?.version ?? null, pilot: tag };
  }
  const after = place.after;
  const current = inForce(after);
  const key = `${pilot.id}\u0000p\u0000${after}`;
  if (after !== pilot.segmentKey || !pilot.proposed) {
    return { key, segmentKey: after, segment: current, recordedVersion: current?.version ?? null, pilot: tag };
  }
  // The proposed version's pause and approval; a campaign approved for the current version stays approved.
  const segment: SegmentPolicyRow = {
    key: after,
    name: pilot.proposed.name,
    status: 'active',
    version: current?.version ?? 0,
    pause: pilot.proposed.pause,
    approval: pilot.proposed.approval,
    criteria: current?.criteria ?? { all: [] },
    priority: current?.priority ?? 0,
  };
  return { key, segmentKey: after, segment, recordedVersion: null, pilot: tag };
}
