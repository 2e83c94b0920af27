import type { Cohort } from '#domain/pilots/cohort';
import type { Pause, SegmentDefinition } from '#domain/schemas/segments';
import type { DbOrTx } from '#server/db/client';
import * as repo from './pilots.repo';
import { segmentProposal } from './proposals.present';
import * as proposals from './proposals.repo';

/** A cohort member as the firewall needs it: the segments it had and would have at the start. */
export type PilotMember = { cohort: Cohort; before: string | null; after: string | null };

/** A running pilot as the firewall decides by it (docs/pilots.md, "The firewall"). */
export type RunningPilot = {
  id: string;
  segmentKey: string;
  endsAt: number;
  /** The proposed version's send rules; null when the proposal retires the segment. */
  proposed: { name: string; pause: Pause; approval: 'none' | 'owner' } | null;
  members: Map<string, PilotMember>;
};

// A pilot's cohorts are fixed when it starts, so once read they are kept for as long as it runs.
const membersByDb = new WeakMap<object, Map<string, Map<string, PilotMember>>>();

/** The pilots running at `now`, each with its cohorts. */
export async function runningPilotsWithMembers(db: DbOrTx, now: Date): Promise<RunningPilot[]> {
  const rows = await repo.runningPilots(db, now);
  let cache = membersByDb.get(db);
  if (!cache) {
    cache = new Map();
    membersByDb.set(db, cache);
  }
  for (const id of cache.keys()) if (!rows.some((r) => r.id === id)) cache.delete(id);
  const out: RunningPilot[] = [];
  for (const r of rows) {
    let members = cache.get(r.id);
    if (!members) {
      members = new Map(
        (await repo.membersOf(db, r.id)).map((m) => [
          m.contactId,
          { cohort: m.cohort, before: m.segmentBefore, after: m.segmentPilot },
        ]),
      );
      cache.set(r.id, members);
    }
    const p = await proposals.proposalRow(db, r.proposalId);
    const { kind, definition } = segmentProposal(p);
    out.push({
      id: r.id,
      segmentKey: r.segmentKey,
      endsAt: r.endsAt.getTime(),
      proposed:
        kind === 'retire' ? null : { name: definition.name, pause: definition.pause, approval: definition.approval },
      members,
    });
  }
  return out;
}

/**
 * The definition a pilot's cohort was decided by (docs/pilots.md, "The firewall"), for explaining
 * an allowed decision: the proposal's content while it is still the revision piloted; null when
 * the proposal retires the segment or was edited since (the piloted revision is not kept).
 */
export async function pilotedDefinition(db: DbOrTx, pilotId: string): Promise<SegmentDefinition | null> {
  const found = await repo.findPilot(db, pilotId);
  if (!found) return null;
  const p = await proposals.proposalRow(db, found.pilot.proposalId);
  if (p.revision !== found.pilot.proposalRevision) return null;
  const { kind, definition } = segmentProposal(p);
  return kind === 'retire' ? null : definition;
}
