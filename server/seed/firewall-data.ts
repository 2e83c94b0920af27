/** The demo campaigns, violations and override attempts, as plain data (see firewall.ts). */

export type CampaignSpec = {
  key: string;
  name: string;
  creator: 'mia' | 'nick';
  channel: 'email' | 'sms' | 'push';
  targetSegment: string;
  copy: string;
  createdDaysAgo: number;
  every: number;
  times: number;
  approval?: { state: 'approved' | 'pending'; version?: number; atDaysAgo: number; note?: string };
};

export const CAMPAIGNS: CampaignSpec[] = [
  {
    key: 'onboarding',
    name: 'Onboarding guide series',
    creator: 'mia',
    channel: 'email',
    targetSegment: 'new-lead',
    copy: 'Three short guides to get set up, one a week. Sent to contacts whose current segment is new-lead.',
    createdDaysAgo: 86,
    every: 10,
    times: 9,
  },
  {
    key: 'comparison',
    name: 'Plan comparison guide',
    creator: 'mia',
    channel: 'email',
    targetSegment: 'active-customer',
    copy: 'A side-by-side of the starter, growth and enterprise plans, for segment-eligible customers.',
    createdDaysAgo: 72,
    every: 7,
    times: 11,
  },
  {
    key: 'release-notes',
    name: 'Feature release notes',
    creator: 'mia',
    channel: 'push',
    targetSegment: 'active-customer',
    copy: 'What shipped this month, in three lines.',
    createdDaysAgo: 64,
    every: 7,
    times: 10,
  },
  {
    key: 'renewal',
    name: 'Renewal check-in',
    creator: 'mia',
    channel: 'email',
    targetSegment: 'at-risk',
    copy: 'A note from the account team before renewal, with a link to book time if the customer wants it.',
    createdDaysAgo: 39,
    every: 12,
    times: 4,
    approval: { state: 'approved', version: 2, atDaysAgo: 36, note: 'Plain, no offer, one send per renewal.' },
  },
  {
    key: 'loyalty',
    name: 'Loyalty thank-you',
    creator: 'mia',
    channel: 'sms',
    targetSegment: 'at-risk',
    copy: 'Thank you for being with us. Reply if there is anything we can help with.',
    createdDaysAgo: 12,
    every: 5,
    times: 2,
    approval: { state: 'pending', atDaysAgo: 2 },
  },
  {
    key: 'trial-tips',
    name: 'Trial tips digest',
    creator: 'mia',
    channel: 'email',
    targetSegment: 'evaluation',
    copy: 'Five tips for getting the most out of the trial.',
    createdDaysAgo: 58,
    every: 9,
    times: 2,
  },
  {
    key: 'seasonal',
    name: 'Seasonal return note',
    creator: 'mia',
    channel: 'email',
    targetSegment: 'dormant',
    copy: 'Our spring catalogue is out; nothing else will follow unless you ask.',
    createdDaysAgo: 45,
    every: 20,
    times: 2,
  },
  {
    key: 'webinar',
    name: 'Webinar invitation',
    creator: 'nick',
    channel: 'email',
    targetSegment: 'new-lead',
    copy: 'Join the product walkthrough on Thursday.',
    createdDaysAgo: 3,
    every: 1,
    times: 2,
  },
];

/** Sends into the paused evaluation segment from a tool that kept an old export. */
export const VIOLATIONS: {
  daysAgo: number | 'this-month';
  source: string;
  note: string | null;
  acknowledged?: boolean;
}[] = [
  {
    daysAgo: 104,
    source: 'legacy-newsletter-tool',
    note: 'The newsletter tool still held an export from before the pause. The export was deleted and the tool now reads the segment list from the firewall API.',
  },
  {
    daysAgo: 71,
    source: 'webinar-platform',
    note: 'Webinar follow-ups were sent from the webinar platform directly. Its send step now calls the firewall check first.',
  },
  {
    daysAgo: 44,
    source: 'legacy-newsletter-tool',
    note: 'A second export in a shared folder was found and removed; exports now expire after 24 hours.',
  },
  { daysAgo: 33, source: 'partner-portal', note: null, acknowledged: true },
  { daysAgo: 'this-month', source: 'sales-sequences', note: null },
];

export type AttemptSpec = {
  daysAgo: number;
  who: 'mia' | 'nick' | 'omar' | 'vera' | 'platform';
  via: 'override_endpoint' | 'check_flag' | 'ui';
  segmentKey: string | null;
  campaign?: string;
  reason: string | null;
};

/** A few a month, from different teams: where pressure showed up. */
export const ATTEMPTS: AttemptSpec[] = [
  { daysAgo: 112, who: 'platform', via: 'check_flag', segmentKey: 'evaluation', reason: null },
  {
    daysAgo: 101,
    who: 'omar',
    via: 'override_endpoint',
    segmentKey: 'evaluation',
    reason: 'Sales asked for the trial cohort before quarter end.',
  },
  {
    daysAgo: 95,
    who: 'vera',
    via: 'ui',
    segmentKey: 'dormant',
    reason: 'Survey for the churn study needs dormant contacts.',
  },
  {
    daysAgo: 80,
    who: 'mia',
    via: 'ui',
    segmentKey: 'evaluation',
    campaign: 'trial-tips',
    reason: 'Trial users asked for tips in the last webinar.',
  },
  { daysAgo: 66, who: 'platform', via: 'check_flag', segmentKey: 'evaluation', reason: null },
  {
    daysAgo: 57,
    who: 'mia',
    via: 'ui',
    segmentKey: 'evaluation',
    campaign: 'trial-tips',
    reason: 'The digest is helpful content, not a promotion.',
  },
  {
    daysAgo: 49,
    who: 'omar',
    via: 'override_endpoint',
    segmentKey: 'at-risk',
    reason: 'Renewal deadline for three enterprise accounts.',
  },
  {
    daysAgo: 34,
    who: 'mia',
    via: 'ui',
    segmentKey: 'at-risk',
    campaign: 'renewal',
    reason: 'Approval was taking too long.',
  },
  { daysAgo: 27, who: 'platform', via: 'check_flag', segmentKey: null, reason: null },
  { daysAgo: 19, who: 'vera', via: 'ui', segmentKey: 'evaluation', reason: 'Research interviews with trial users.' },
  {
    daysAgo: 6,
    who: 'mia',
    via: 'ui',
    segmentKey: 'at-risk',
    campaign: 'loyalty',
    reason: 'Want the thank-you out before the weekend.',
  },
  {
    daysAgo: 4,
    who: 'nick',
    via: 'ui',
    segmentKey: 'new-lead',
    campaign: 'webinar',
    reason: 'Webinar is on Thursday; my sends are held while I onboard.',
  },
  {
    daysAgo: 1,
    who: 'platform',
    via: 'override_endpoint',
    segmentKey: null,
    reason: 'Retry with force after a block.',
  },
];
