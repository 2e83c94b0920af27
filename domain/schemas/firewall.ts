import { z } from 'zod';
import { REASON_CODES } from '#domain/firewall/decide';
import { Channel } from './segments';
import { plainText, storable } from './text';

export const ReasonCode = z.enum(REASON_CODES);

/** Keys that ask for a bypass. A body carrying any of them is refused and recorded, never validated. */
export const BYPASS_KEYS = ['override', 'force', 'bypass'] as const;

/** An id PostgreSQL can store and compare: no NUL, no lone surrogate. */
const ContactId = plainText(
  z.string().min(1).max(200).refine(storable, 'Not a valid contact id (a NUL or a lone surrogate)'),
  'identifier',
);

export const CheckInput = z
  .strictObject({
    channel: Channel,
    contactIds: z.array(ContactId).min(1).max(10_000),
    campaignId: z.uuid().optional(),
    targetSegment: plainText(z.string().max(60), 'identifier').optional(),
    /** A token caller names the person the send is for; a session caller is the actor. */
    actor: z.email().optional(),
    customerInitiated: z.boolean().optional(),
  })
  .meta({ id: 'FirewallCheckInput' });
export type CheckInput = z.infer<typeof CheckInput>;

export const Decision = z.object({
  contactId: z.string(),
  allowed: z.boolean(),
  segment: z.string().nullable(),
  reasons: z.array(ReasonCode),
});

export const CheckResult = z
  .object({
    requestId: z.uuid(),
    decisions: z.array(Decision),
    summary: z.object({
      allowed: z.number().int(),
      blocked: z.number().int(),
      byReason: z.record(z.string(), z.number().int()),
    }),
  })
  .meta({ id: 'FirewallCheckResult' });
export type CheckResult = z.infer<typeof CheckResult>;

export const OverrideInput = z
  .object({ target: plainText(z.string().max(500), 'identifier').optional(), reason: z.string().max(2000).optional() })
  .meta({ id: 'OverrideInput' });

export const SendEventInput = z.strictObject({
  eventId: plainText(z.string().min(1).max(200), 'identifier'),
  contactId: plainText(z.string().min(1).max(200), 'identifier'),
  channel: Channel,
  sentAt: z.iso.datetime({ offset: true }),
  campaignId: z.uuid().optional(),
  source: plainText(z.string().min(1).max(120), 'name'),
  customerInitiated: z.boolean().optional(),
});
export const SendsInput = z
  .strictObject({ events: z.array(SendEventInput).min(1).max(10_000) })
  .meta({ id: 'SendsInput' });
export const SendsResult = z
  .object({ accepted: z.number().int(), duplicates: z.number().int(), violations: z.array(z.uuid()) })
  .meta({ id: 'SendsResult' });

export const Violation = z
  .object({
    id: z.uuid(),
    contactId: z.string(),
    segment: z.string(),
    channel: z.string(),
    sentAt: z.string(),
    source: z.string(),
    campaignId: z.string().nullable(),
    status: z.enum(['open', 'acknowledged', 'resolved']),
    resolutionNote: z.string().nullable(),
  })
  .meta({ id: 'PauseViolation' });

export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month like 2026-11');

export const GovernanceMetrics = z
  .object({
    month: z.string(),
    pauseViolations: z.number().int(),
    segmentUnsafeAttempts: z.number().int(),
    overrideAttempts: z.number().int(),
    suppressedContacts: z.number().int(),
  })
  .meta({ id: 'GovernanceMetrics' });
export type GovernanceMetrics = z.infer<typeof GovernanceMetrics>;

export const FirewallSettings = z
  .strictObject({
    frequencyCap: z.strictObject({
      max: z.number().int().min(1).max(100),
      windowDays: z.number().int().min(1).max(90),
    }),
    onboardingDays: z.number().int().min(0).max(365),
  })
  .meta({ id: 'FirewallSettings' });
export type FirewallSettings = z.infer<typeof FirewallSettings>;

export const CampaignInput = z
  .strictObject({
    name: plainText(z.string().trim().min(1, 'Required').max(120), 'name'),
    channel: Channel,
    targetSegment: plainText(z.string().max(60), 'identifier').nullable(),
    copy: z.string().max(20_000).default(''),
  })
  .meta({ id: 'CampaignInput' });
export type CampaignInput = z.infer<typeof CampaignInput>;
