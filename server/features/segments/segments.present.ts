import type { Pause, SegmentDefinition, SegmentVersion } from '#domain/schemas/segments';
import type { Criteria } from '#domain/segments/criteria';
import type { NewVersion, VersionRow } from './segments.repo';

type VersionFields = VersionRow['version'];

const pauseOf = (v: VersionFields): Pause => {
  const p = (v.pause ?? {}) as Partial<Pause>;
  return {
    paused: p.paused ?? false,
    allowCustomerInitiated: p.allowCustomerInitiated ?? true,
    allowedChannels: p.allowedChannels ?? [],
  };
};

/** The definition a version holds, in the shape proposals carry (for diffs and rebasing). */
export function definitionOf(v: VersionFields): SegmentDefinition {
  return {
    name: v.name,
    description: v.description,
    criteria: v.criteria as Criteria,
    priority: v.priority,
    pause: pauseOf(v),
    approval: v.approval,
    transitions: v.transitions,
    expectedDwellDays: { min: v.expectedDwellMin, max: v.expectedDwellMax },
  };
}

/** proposedBy and approvedBy are display names; the client shows names, the audit log has emails. */
export function presentVersion(row: VersionRow): SegmentVersion {
  const v = row.version;
  return {
    version: v.version,
    ...definitionOf(v),
    status: v.status,
    proposalId: v.proposalId,
    proposedBy: row.proposedBy,
    approvedBy: row.approvedBy,
    approvedAt: v.approvedAt.toISOString(),
    rationale: row.rationale,
  };
}

/** The columns of a new version row for a definition. */
export function versionColumns(
  d: SegmentDefinition,
): Omit<NewVersion, 'segmentKey' | 'version' | 'status' | 'approvedAt'> {
  return {
    name: d.name,
    description: d.description,
    criteria: d.criteria,
    priority: d.priority,
    pause: d.pause,
    approval: d.approval,
    transitions: d.transitions,
    expectedDwellMin: d.expectedDwellDays.min,
    expectedDwellMax: d.expectedDwellDays.max,
  };
}
