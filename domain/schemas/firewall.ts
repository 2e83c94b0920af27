import { z } from 'zod';
import { REASON_CODES } from '#domain/firewall/decide';
import { MIN_ONBOARDING_DAYS } from '#domain/roles';
import { isoDateTime } from './dates';
import { Channel } from './segments';
import { ExternalId, line, plainText, text } from './strings';
import { WorkflowRef } from './workflows';

export const ReasonCode = z.enum(REASON_CODES);

/** Keys that ask for a bypass. A body carrying any of them is refused and recorded, never validated. */
export const BYPASS_KEYS = ['override', 'force', 'bypass'] as const;

export const CheckInput = z
  .strictObject({
    channel: Channel,
    contactIds: z.array(ExternalId).min(1).max(10_000),
    campaignId: z.uuid().optional(),
    targetSegment: plainText(text().max(60), 'identifier').optional(),
    /** A token caller names the person the send is for; a session caller is the actor. */
    actor: z.email().max(254).optional(),
    customerInitiated: z.boolean().optional(),
    /** The automation platform's workflow asking; an unknown one is registered as discovered, never refused. */
    workflow: WorkflowRef.optional(),
  })
  .meta({ id: 'FirewallCheckInput' });
export type CheckInput = z.infer<typeof CheckInput>;

/** Platforms call more than once per recipient: a key makes the repeats one check (docs/firewall.md). */
export const CheckHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(1, 'Must not be empty')
    .max(255, 'At most 255 characters')
    .regex(/^[\x21-\x7E]+$/, 'Visible ASCII characters only (no spaces)')
    .optional()
    .describe('Repeats with this key within 24 hours return the first answer'),
});

export const Decision = z.object({
  contactId: z.string(),
  allowed: z.boolean(),
  segment: z.string().nullable(),
  reasons: z.array(ReasonCode),
  /** Present for a contact in a running pilot's cohort: the pilot cohort was decided by the proposed version. */
  pilot: z.object({ id: z.uuid(), cohort: z.enum(['pilot', 'control']) }).optional(),
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
  .object({ target: plainText(text().max(500), 'identifier').optional(), reason: text().max(2000).optional() })
  .meta({ id: 'OverrideInput' });

export const SendEventInput = z.strictObject({
  eventId: ExternalId,
  contactId: ExternalId,
  channel: Channel,
  sentAt: isoDateTime(),
  campaignId: z.uuid().optional(),
  source: plainText(line().min(1, 'Required').max(120), 'name'),
  customerInitiated: z.boolean().optional(),
  /** The workflow that sent it; an unknown one is registered as discovered. */
  workflow: WorkflowRef.optional(),
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
    onboardingDays: z
      .number()
      .int()
      .min(MIN_ONBOARDING_DAYS, `New team members observe for at least ${MIN_ONBOARDING_DAYS} days`)
      .max(365),
  })
  .meta({ id: 'FirewallSettings' });
export type FirewallSettings = z.infer<typeof FirewallSettings>;

export const CampaignInput = z
  .strictObject({
    name: plainText(line().trim().min(1, 'Required').max(120), 'name'),
    channel: Channel,
    targetSegment: plainText(text().max(60), 'identifier').nullable(),
    copy: text().max(20_000).default(''),
  })
  .meta({ id: 'CampaignInput' });
export type CampaignInput = z.infer<typeof CampaignInput>;
