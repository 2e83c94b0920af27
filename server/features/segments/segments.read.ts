import { normalisePause } from '#domain/firewall/pause';
import type { SegmentDefinition, SegmentVersion } from '#domain/schemas/segments';
import type { Criteria } from '#domain/segments/criteria';
import type { DbOrTx } from '#server/db/client';
import { liveSegments } from './membership.repo';
import * as repo from './segments.repo';

/**
 * The segments read model: what other features may know of segments, read through here rather
 * than through segments.repo.ts (docs/architecture.md, "Boundaries").
 */

type VersionFields = repo.VersionRow['version'];

/** The definition a version holds, in the shape proposals carry (for diffs and rebasing). */
export function definitionOf(v: VersionFields): SegmentDefinition {
  return {
    name: v.name,
    description: v.description,
    criteria: v.criteria,
    priority: v.priority,
    pause: normalisePause(v.pause),
    approval: v.approval,
    transitions: v.transitions,
    expectedDwellDays: { min: v.expectedDwellMin, max: v.expectedDwellMax },
  };
}

/** proposedBy and approvedBy are display names; the client shows names, the audit log has emails. */
export function presentVersion(row: repo.VersionRow): SegmentVersion {
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

export type SegmentState = { key: string; status: 'active' | 'retired'; currentVersion: number };

export async function segmentState(db: DbOrTx, key: string): Promise<SegmentState | undefined> {
  const s = await repo.findSegment(db, key);
  return s ? { key: s.key, status: s.status, currentVersion: s.currentVersion } : undefined;
}

export const activeSegmentKeys = (db: DbOrTx): Promise<Set<string>> => repo.activeKeys(db);

/** What a version of a segment held, or undefined when there is no such version. */
export async function versionDefinition(db: DbOrTx, key: string, version: number) {
  const row = await repo.findVersion(db, key, version);
  return row ? definitionOf(row.version) : undefined;
}

/** A version as the API shows it, with the people and rationale behind it. */
export async function segmentVersion(db: DbOrTx, key: string, version: number): Promise<SegmentVersion | undefined> {
  const row = await repo.findVersion(db, key, version);
  return row ? presentVersion(row) : undefined;
}

export type CurrentSegment = {
  key: string;
  status: 'active' | 'retired';
  version: number;
  name: string;
  approval: 'none' | 'owner';
  definition: SegmentDefinition;
};

/** The segment as it is now: its current version is what sends and logic reviews are measured against. */
export async function currentSegment(db: DbOrTx, key: string): Promise<CurrentSegment | undefined> {
  const row = await repo.findCurrent(db, key);
  if (!row) return undefined;
  const definition = definitionOf(row.version);
  return {
    key,
    status: row.segment.status,
    version: row.segment.currentVersion,
    name: definition.name,
    approval: definition.approval,
    definition,
  };
}

/** Members per segment key, for every segment that has any. */
export const memberCounts = (db: DbOrTx): Promise<Map<string, number>> => repo.memberCounts(db);

/** A segment's current members, oldest stay first. */
export const memberIds = (db: DbOrTx, key: string): Promise<string[]> => repo.memberIds(db, key);

/** Every segment as it is now (its current version's definition), in evaluation order. */
export async function currentSegments(db: DbOrTx): Promise<Omit<CurrentSegment, 'approval'>[]> {
  return (await repo.listCurrent(db)).map((row) => {
    const definition = definitionOf(row.version);
    return {
      key: row.version.segmentKey,
      status: row.version.status,
      version: row.version.version,
      name: definition.name,
      definition,
    };
  });
}

/** Active segments' current rules, in evaluation order (lowest priority value first). */
export async function liveCriteria(db: DbOrTx): Promise<{ key: string; criteria: Criteria }[]> {
  return (await liveSegments(db)).map(({ key, criteria }) => ({ key, criteria }));
}
