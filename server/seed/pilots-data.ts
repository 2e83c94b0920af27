import type { SegmentDefinition } from '#domain/schemas/segments';
import { DEMO_SEGMENTS } from './segments-data';

/** The demo's pilots (docs/pilots.md): fixed ids, so the cohorts the hash draws are the same on every seed. */
export const FINISHED_PILOT = '5eed0000-0000-4000-8000-00000000f1a1';
export const RUNNING_PILOT = '5eed0000-0000-4000-8000-00000000a11e';
export const WIN_BACK_PROPOSAL = '5eed0000-0000-4000-8000-0000000009b1';
export const AT_RISK_PROPOSAL = '5eed0000-0000-4000-8000-0000000009b2';

/**
 * Newsletter subscribers no segment holds yet: the contacts the win-back proposal would take in.
 * Enough of them that a 20% cohort reaches the sample a conversion readout needs.
 */
export const SUBSCRIBERS = 2400;
export const subscriberId = (i: number) => `CRM-S${String(i + 1).padStart(5, '0')}`;

export const WIN_BACK: SegmentDefinition = {
  name: 'Win-back',
  description: 'Newsletter subscribers who have not become leads: a monthly offer, nothing more.',
  criteria: { all: [{ attr: 'lifecycle', op: 'eq', value: 'subscriber' }] },
  priority: 60,
  pause: { paused: false, allowCustomerInitiated: true, allowedChannels: [] },
  approval: 'none',
  transitions: ['new-lead'],
  expectedDwellDays: { min: 30, max: 180 },
};

/** Slowing down on engagement fatigue: at-risk customers hear from us only when they write first. */
export const AT_RISK_SLOWER: SegmentDefinition = {
  ...(DEMO_SEGMENTS['at-risk'] as SegmentDefinition),
  pause: { paused: true, allowCustomerInitiated: true, allowedChannels: [] },
};

export const PILOT_RATIONALES = {
  winBack:
    'Subscribers who never became leads get nothing from us today. A monthly offer in a segment of their own, ' +
    'tried on a cohort first, tells us whether it converts.',
  atRisk:
    'Unsubscribes in at-risk climbed in the last weeks: engagement fatigue. Pausing campaigns to the segment, ' +
    'replies to customers still allowed, is tried on a cohort before it applies to all.',
};
