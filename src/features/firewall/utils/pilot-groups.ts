type Blocked = {
  contactId: string;
  pilot: { id: string; cohort: 'pilot' | 'control'; proposalId: string } | null;
};

export type PilotGroup = {
  pilotId: string;
  /** The pilot's short name: the first eight characters of its id. */
  name: string;
  cohort: 'pilot' | 'control';
  proposalId: string;
  /** "pilot cohort, proposed version" or "control cohort, current version". */
  decidedBy: string;
  count: number;
};

/** The blocked contacts a pilot decided, per pilot and cohort, in order of first appearance (docs/pilots.md). */
export function pilotGroups(blocked: Blocked[]): PilotGroup[] {
  const groups = new Map<string, PilotGroup>();
  for (const b of blocked) {
    if (!b.pilot) continue;
    const key = `${b.pilot.id}/${b.pilot.cohort}`;
    const known = groups.get(key);
    if (known) {
      known.count++;
      continue;
    }
    groups.set(key, {
      pilotId: b.pilot.id,
      name: b.pilot.id.slice(0, 8),
      cohort: b.pilot.cohort,
      proposalId: b.pilot.proposalId,
      decidedBy: b.pilot.cohort === 'pilot' ? 'pilot cohort, proposed version' : 'control cohort, current version',
      count: 1,
    });
  }
  return [...groups.values()];
}
