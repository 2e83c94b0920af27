import type { CreateProposalInput, SegmentDefinition, SegmentVersion } from '#domain/schemas/segments';

/** A blank proposal for a new segment: no rules yet, not paused, no owner approval, 0–90 days. */
export const NEW_SEGMENT: CreateProposalInput = {
  kind: 'create',
  segmentKey: '',
  definition: {
    name: '',
    description: '',
    criteria: { all: [] },
    priority: 100,
    pause: { paused: false, allowCustomerInitiated: true, allowedChannels: [] },
    approval: 'none',
    transitions: [],
    expectedDwellDays: { min: 0, max: 90 },
  },
  rationale: '',
};

/** The editable definition of a stored version (its provenance fields dropped). */
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
