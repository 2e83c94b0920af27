import type { GateStatus, Platform, WorkflowStatus } from '#domain/schemas/workflows';

export const PLATFORM_NAMES: Record<Platform, string> = {
  braze: 'Braze',
  hubspot: 'HubSpot',
  customerio: 'Customer.io',
  iterable: 'Iterable',
  salesforce: 'Salesforce',
  other: 'Other',
};

export const STATUS_NAMES: Record<WorkflowStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  archived: 'Archived',
  discovered: 'Discovered',
};

/** What a gate status means, in the words the pages use. */
export const GATE_TEXT: Record<GateStatus, { label: string; tone: 'success' | 'danger' | 'neutral'; help: string }> = {
  gated: { label: 'Gated', tone: 'success', help: 'Its sends of the last 30 days followed checks of it.' },
  ungated: {
    label: 'Ungated',
    tone: 'danger',
    help: 'It reported sends in the last 30 days with no check of it in the 24 hours before.',
  },
  unknown: { label: 'Not seen', tone: 'neutral', help: 'No checks or sends of it in the last 30 days.' },
};
