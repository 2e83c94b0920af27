import type { CreateProposalInput } from '#domain/schemas/segments';

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
