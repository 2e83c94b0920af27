import type { SegmentDefinition, SegmentVersion } from '#domain/schemas/segments';

/** The editable definition of a stored version (its provenance fields dropped), as a proposal starts from it. */
export function definitionOf(v: SegmentVersion): SegmentDefinition {
  return {
    name: v.name,
    description: v.description,
    criteria: v.criteria,
    priority: v.priority,
    pause: { ...v.pause, allowedChannels: [...v.pause.allowedChannels] },
    approval: v.approval,
    transitions: [...v.transitions],
    expectedDwellDays: { ...v.expectedDwellDays },
  };
}
