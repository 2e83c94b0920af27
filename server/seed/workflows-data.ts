import type { Channel } from '#domain/schemas/segments';
import type { Platform, WorkflowAction } from '#domain/schemas/workflows';

/**
 * The demo workflows (see workflows.ts): ten across HubSpot and Braze, with the gaps an audit
 * usually finds: a newsletter that sends to everyone without asking the firewall (ungated, no
 * segment, its sends into the paused evaluation segment recorded as violations), a trial drip
 * aimed at the paused segment, two workflows emailing active customers at once (an overlap), a
 * win-back canvas whose "none" branch for dormant contacts still sends, a canvas only ever seen
 * through its checks (discovered), and the dormant segment that no workflow acts on.
 */
export type WorkflowSpec = {
  platform: Platform;
  externalId: string;
  name: string;
  trigger: string;
  channel: Channel | null;
  audience: string[];
  actions: WorkflowAction[];
  goal: string;
  owner: 'mia' | 'omar' | null;
  status: 'active' | 'paused' | 'discovered';
  /** Recent activity: checks before sends (gated), sends alone (ungated), or none. */
  activity?: {
    kind: 'gated' | 'ungated';
    channel: Channel;
    everyDays: number;
    perRun: number;
    /** Segments whose members it reaches; null for anyone at all. */
    reaches: string[] | null;
  };
};

export const WORKFLOWS: WorkflowSpec[] = [
  {
    platform: 'hubspot',
    externalId: 'wf-1042',
    name: 'Lead welcome series',
    trigger: 'Form submitted: product guide download',
    channel: 'email',
    audience: ['new-lead'],
    actions: [{ segmentKey: 'new-lead', action: 'Three-email welcome series' }],
    goal: 'A first product tour booked within 21 days',
    owner: 'mia',
    status: 'active',
    activity: { kind: 'gated', channel: 'email', everyDays: 2, perRun: 8, reaches: ['new-lead'] },
  },
  {
    platform: 'hubspot',
    externalId: 'wf-1077',
    name: 'Trial day-3 tips',
    trigger: 'Trial started, plus 3 days',
    channel: 'email',
    audience: ['evaluation'],
    actions: [{ segmentKey: 'evaluation', action: 'Product tips email' }],
    goal: 'Trial users reach the second key feature',
    owner: 'mia',
    status: 'active',
    activity: { kind: 'gated', channel: 'email', everyDays: 3, perRun: 6, reaches: ['evaluation'] },
  },
  {
    platform: 'hubspot',
    externalId: 'wf-1103',
    name: 'Customer onboarding checklist',
    trigger: 'Deal closed won',
    channel: 'email',
    audience: ['active-customer'],
    actions: [{ segmentKey: 'active-customer', action: 'Onboarding checklist, one step a week' }],
    goal: 'Every new customer completes set-up in 30 days',
    owner: 'omar',
    status: 'active',
    activity: { kind: 'gated', channel: 'email', everyDays: 3, perRun: 6, reaches: ['active-customer'] },
  },
  {
    platform: 'braze',
    externalId: 'canvas-growth-upsell',
    name: 'Growth plan upsell',
    trigger: 'Seat limit reached',
    channel: 'email',
    audience: ['active-customer'],
    actions: [{ segmentKey: 'active-customer', action: 'Growth plan offer' }],
    goal: 'Upgrades from starter to growth',
    owner: 'mia',
    status: 'active',
    activity: { kind: 'gated', channel: 'email', everyDays: 4, perRun: 5, reaches: ['active-customer'] },
  },
  {
    platform: 'braze',
    externalId: 'canvas-winback',
    name: 'Win-back check-in',
    trigger: 'No login for 21 days',
    channel: 'push',
    audience: ['at-risk', 'dormant'],
    actions: [
      { segmentKey: 'at-risk', action: 'Check-in push from the account manager' },
      { segmentKey: 'dormant', action: 'none' },
    ],
    goal: 'At-risk customers talk to their account manager',
    owner: 'omar',
    status: 'active',
    // The dormant branch was meant to exit the canvas; it still sends.
    activity: { kind: 'gated', channel: 'push', everyDays: 5, perRun: 6, reaches: ['at-risk', 'dormant'] },
  },
  {
    platform: 'braze',
    externalId: 'canvas-feature-banners',
    name: 'Feature announcements in the app',
    trigger: 'Release published',
    channel: 'in_app',
    audience: ['active-customer', 'evaluation'],
    actions: [
      { segmentKey: 'active-customer', action: 'Feature banner' },
      { segmentKey: 'evaluation', action: 'none' },
    ],
    goal: 'Customers discover what shipped',
    owner: 'mia',
    status: 'active',
    activity: { kind: 'gated', channel: 'in_app', everyDays: 7, perRun: 10, reaches: ['active-customer'] },
  },
  {
    platform: 'hubspot',
    externalId: 'wf-1150',
    name: 'Renewal reminders',
    trigger: 'Renewal date minus 45 days',
    channel: 'email',
    audience: ['at-risk'],
    actions: [{ segmentKey: 'at-risk', action: 'Renewal reminder with owner-approved copy' }],
    goal: 'Renewals confirmed before the renewal date',
    owner: 'omar',
    status: 'active',
    activity: { kind: 'gated', channel: 'email', everyDays: 6, perRun: 4, reaches: ['at-risk'] },
  },
  {
    platform: 'braze',
    externalId: 'canvas-7f3a91',
    name: 'canvas-7f3a91',
    trigger: '',
    channel: null,
    audience: [],
    actions: [],
    goal: '',
    owner: null,
    status: 'discovered',
    activity: { kind: 'gated', channel: 'sms', everyDays: 4, perRun: 3, reaches: ['new-lead', 'active-customer'] },
  },
  {
    platform: 'hubspot',
    externalId: 'wf-0007',
    name: 'Monthly newsletter',
    trigger: 'First Monday of the month',
    channel: 'email',
    audience: [],
    actions: [],
    goal: 'Keep every contact informed',
    owner: 'mia',
    status: 'active',
    activity: { kind: 'ungated', channel: 'email', everyDays: 7, perRun: 12, reaches: null },
  },
  {
    platform: 'hubspot',
    externalId: 'wf-1188',
    name: 'Webinar follow-up',
    trigger: 'Webinar attended',
    channel: 'email',
    audience: ['new-lead'],
    actions: [{ segmentKey: 'new-lead', action: 'Recording and slides' }],
    goal: 'Attendees book a demo',
    owner: 'mia',
    status: 'paused',
  },
];
