import type { SegmentDefinition } from '#domain/schemas/segments';
import type { NewVersion } from './segments.repo';

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
