import type { DbContext } from '#server/core/db';
import type { Db } from '#server/db/client';
import { isListening, UNLISTENED_TTL_MS, watch } from '#server/db/notify';
import { type PilotMember, type RunningPilot, runningPilotsWithMembers } from '#server/features/proposals/pilots.read';

/** A contact in a running pilot's cohort, with its pilot. */
export type PilotPlace = PilotMember & { pilot: RunningPilot };

export type Pilots = {
  /** Cohort members of every running pilot; cohorts of running pilots never overlap. */
  placeOf: Map<string, PilotPlace>;
  /** The first end among them: past it, the set is read again. */
  firstEnd: number;
};

type Entry = { pilots?: Pilots; loading?: Promise<Pilots>; generation: number; loadedAt: number };
const entries = new WeakMap<object, Entry>();

function entryOf(db: Db): Entry {
  let e = entries.get(db);
  if (!e) {
    const entry: Entry = { generation: 0, loadedAt: 0 };
    e = entry;
    entries.set(db, entry);
    // Starting, stopping, extending or ending a pilot announces a policy change.
    watch(db, 'policy', () => {
      entry.generation++;
      entry.pilots = undefined;
      entry.loading = undefined;
    });
  }
  return e;
}

/**
 * The running pilots' cohorts, held in memory beside the policy (docs/pilots.md, "The firewall"):
 * the check looks each contact up in a map, so a pilot adds nothing to its one read. With no
 * pilot running the map is empty and the check skips the lookup.
 */
export function runningPilots(db: DbContext): Promise<Pilots> {
  const e = entryOf(db.root);
  const now = db.clock.now().getTime();
  const fresh = isListening(db.root) || Date.now() - e.loadedAt < UNLISTENED_TTL_MS;
  if (e.pilots && fresh && now < e.pilots.firstEnd) return Promise.resolve(e.pilots);
  if (!e.loading) {
    const generation = e.generation;
    const loading = load(db).then((pilots) => {
      if (e.generation === generation) {
        e.pilots = pilots;
        e.loadedAt = Date.now();
      }
      return pilots;
    });
    e.loading = loading;
    void loading
      .finally(() => {
        if (e.loading === loading) e.loading = undefined;
      })
      .catch(() => undefined);
  }
  return e.loading as Promise<Pilots>;
}

async function load(db: DbContext): Promise<Pilots> {
  const running = await runningPilotsWithMembers(db.root, db.clock.now());
  const placeOf = new Map<string, PilotPlace>();
  let firstEnd = Number.POSITIVE_INFINITY;
  for (const pilot of running) {
    firstEnd = Math.min(firstEnd, pilot.endsAt);
    for (const [id, m] of pilot.members) placeOf.set(id, { ...m, pilot });
  }
  return { placeOf, firstEnd };
}
