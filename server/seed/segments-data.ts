import type { SegmentDefinition } from '#domain/schemas/segments';

/** The demo segments (README, "Demo accounts"), as their current versions define them. */
export const DEMO_SEGMENTS: Record<string, SegmentDefinition> = {
  dormant: {
    name: 'Dormant',
    description: 'Contacts not seen for 90 days, and churned customers. Messaged rarely, on customer request.',
    criteria: {
      any: [
        { attr: 'last_seen_at', op: 'older_than_days', value: 90 },
        { attr: 'lifecycle', op: 'eq', value: 'churned' },
      ],
    },
    priority: 10,
    pause: { paused: false, allowCustomerInitiated: true, allowedChannels: [] },
    approval: 'none',
    transitions: ['active-customer', 'new-lead'],
    expectedDwellDays: { min: 30, max: 365 },
  },
  'at-risk': {
    name: 'At risk',
    description:
      'Customers with a high churn risk or no visit for 30 days. Every campaign to them is approved by the owner.',
    criteria: {
      all: [
        { attr: 'lifecycle', op: 'eq', value: 'customer' },
        {
          any: [
            { attr: 'churn_risk', op: 'gte', value: 0.7 },
            { attr: 'last_seen_at', op: 'older_than_days', value: 30 },
          ],
        },
      ],
    },
    priority: 20,
    pause: { paused: false, allowCustomerInitiated: true, allowedChannels: [] },
    approval: 'owner',
    transitions: ['active-customer', 'dormant'],
    expectedDwellDays: { min: 14, max: 60 },
  },
  'active-customer': {
    name: 'Active customer',
    description: 'Paying customers seen in the last 90 days.',
    criteria: {
      all: [
        { attr: 'lifecycle', op: 'eq', value: 'customer' },
        { attr: 'plan', op: 'in', value: ['starter', 'growth', 'enterprise'] },
        { attr: 'last_seen_at', op: 'within_days', value: 90 },
      ],
    },
    priority: 30,
    pause: { paused: false, allowCustomerInitiated: true, allowedChannels: [] },
    approval: 'none',
    transitions: ['at-risk'],
    expectedDwellDays: { min: 60, max: 365 },
  },
  evaluation: {
    name: 'Evaluation',
    description: 'Contacts trialling the product. Paused: while they evaluate, only replies they ask for reach them.',
    criteria: {
      all: [
        { attr: 'lifecycle', op: 'eq', value: 'trial' },
        { attr: 'last_seen_at', op: 'within_days', value: 90 },
      ],
    },
    priority: 40,
    pause: { paused: true, allowCustomerInitiated: true, allowedChannels: [] },
    approval: 'none',
    transitions: ['active-customer', 'dormant'],
    expectedDwellDays: { min: 7, max: 30 },
  },
  'new-lead': {
    name: 'New lead',
    description: 'Leads seen in the last 90 days with a lead score of at least 10.',
    criteria: {
      all: [
        { attr: 'lifecycle', op: 'eq', value: 'lead' },
        { attr: 'lead_score', op: 'gte', value: 10 },
        { attr: 'last_seen_at', op: 'within_days', value: 90 },
      ],
    },
    priority: 50,
    pause: { paused: false, allowCustomerInitiated: true, allowedChannels: [] },
    approval: 'none',
    transitions: ['evaluation', 'dormant'],
    expectedDwellDays: { min: 3, max: 21 },
  },
};

/** at-risk before its version 2: churn risk alone, a higher bar, and no owner approval. */
export const AT_RISK_V1: SegmentDefinition = {
  ...(DEMO_SEGMENTS['at-risk'] as SegmentDefinition),
  description: 'Customers with a high churn risk.',
  criteria: {
    all: [
      { attr: 'lifecycle', op: 'eq', value: 'customer' },
      { attr: 'churn_risk', op: 'gte', value: 0.8 },
    ],
  },
  approval: 'none',
};

export const RATIONALES = {
  create: (name: string) =>
    `${name} is one of the five lifecycle segments agreed at the governance kickoff; definition taken from the lifecycle workshop notes.`,
  atRiskV2:
    'Churn risk above 0.8 caught customers too late: half had stopped visiting a month before. Lower the bar to 0.7, add 30 days without a visit, and have the owner approve every campaign to them.',
  dormantOpen:
    'Seasonal customers return after about four months; 90 days marks them dormant too early. Move the threshold to 120 days.',
  followUp: 'Reviewed at the monthly review: dwell within the expected range, no transitions outside the list.',
};

export const INDUSTRIES = ['software', 'retail', 'financial services', 'healthcare', 'education', 'manufacturing'];
export const COUNTRIES = ['DE', 'SE', 'NL', 'FR', 'GB', 'US', 'ES'];
export const SOURCES = ['webinar', 'newsletter', 'partner', 'paid search', 'referral'];
export const PAID_PLANS = ['starter', 'growth', 'enterprise'];
