import { z } from 'zod';
import { AllowedGroup } from './allowed-explain';
import { Cursor } from './common';
import { ConsentMapping } from './consent';
import { Month } from './dates';
import { ReasonCode } from './firewall';
import { boundedJson } from './json-limits';
import { plainText, text } from './strings';

/** Output and query schemas of the firewall pages, next to the check contract in firewall.ts. */

export const ReasonExplanation = z.object({
  code: ReasonCode,
  label: z.string(),
  /** The rule that caused it, in plain words, e.g. "Evaluation v3 is paused for email". */
  rule: z.string(),
  segment: z.string().nullable(),
  segmentVersion: z.number().int().nullable(),
});

export const BlockedDecision = z.object({
  contactId: z.string(),
  segment: z.string().nullable(),
  segmentVersion: z.number().int().nullable(),
  reasons: z.array(ReasonExplanation),
  /**
   * The pilot whose cohort decided it: the pilot cohort under the proposed version, the control
   * cohort under the current one (docs/pilots.md, "The firewall"). Null outside any pilot.
   */
  pilot: z.object({ id: z.uuid(), cohort: z.enum(['pilot', 'control']), proposalId: z.uuid() }).nullable(),
});

export const FirewallRequestDetail = z
  .object({
    id: z.uuid(),
    at: z.string(),
    actor: z.string().nullable(),
    caller: z.string(),
    channel: z.string(),
    campaignId: z.string().nullable(),
    campaignName: z.string().nullable(),
    targetSegment: z.string().nullable(),
    customerInitiated: z.boolean(),
    contactCount: z.number().int(),
    allowedCount: z.number().int(),
    blockedCount: z.number().int(),
    segmentUnsafe: z.boolean(),
    blocked: z.array(BlockedDecision),
    /** Allowed decisions grouped by segment, version and pilot cohort; page their contacts with /allowed. */
    allowed: z.array(AllowedGroup),
    /** Allowed decisions counted but not stored one by one: checks made before they were (docs/decisions/017). */
    allowedUnrecorded: z.number().int(),
  })
  .meta({ id: 'FirewallRequestDetail' });

export const DecisionsQuery = z.strictObject({
  reason: ReasonCode.optional(),
  segment: text().max(60).optional(),
  campaign: z.uuid().optional(),
  /** An actor's email. */
  actor: text().max(254).optional(),
  cursor: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type DecisionsQuery = z.infer<typeof DecisionsQuery>;

export const BlockedDecisionRow = z
  .object({
    /** `<group>-<position>`: blocked decisions are stored grouped per request, segment and reasons. */
    id: z.string(),
    requestId: z.uuid(),
    at: z.string(),
    contactId: z.string(),
    segment: z.string().nullable(),
    segmentVersion: z.number().int().nullable(),
    reasons: z.array(ReasonCode),
    channel: z.string(),
    campaignId: z.string().nullable(),
    campaignName: z.string().nullable(),
    actor: z.string().nullable(),
  })
  .meta({ id: 'BlockedDecisionRow' });

export const DecisionsPage = z
  .object({ items: z.array(BlockedDecisionRow), nextCursor: z.string().optional() })
  .meta({ id: 'BlockedDecisionsPage' });

export const MonthQuery = z.strictObject({ month: Month.optional() });

export const SuppressedVolume = z
  .object({
    month: z.string(),
    /** Blocked decisions in the month; one decision with two reasons counts once here. */
    total: z.number().int(),
    /** Per ISO week (Monday, UTC), segment and reason; a decision counts under each of its reasons. */
    items: z.array(
      z.object({ weekStart: z.string(), segment: z.string().nullable(), reason: ReasonCode, count: z.number().int() }),
    ),
  })
  .meta({ id: 'SuppressedVolume' });

export const OverrideAttemptInput = z
  .strictObject({
    segmentKey: plainText(text().max(60), 'identifier').optional(),
    campaignId: z.uuid().optional(),
    reason: text().trim().min(1, 'Say why you wanted to send').max(2000),
  })
  .meta({ id: 'OverrideAttemptInput' });

export const OverrideAttemptRecorded = z
  .object({ recorded: z.literal(true), id: z.uuid(), protocol: z.string() })
  .meta({ id: 'OverrideAttemptRecorded' });

export const OverrideAttempt = z
  .object({
    id: z.uuid(),
    at: z.string(),
    /** Who tried: shown to the owner only, null for everyone else (patterns, not people). */
    actor: z.string().nullable(),
    team: z.string().nullable(),
    target: z.string().nullable(),
    segmentKey: z.string().nullable(),
    campaignId: z.string().nullable(),
    reason: z.string().nullable(),
    via: z.enum(['override_endpoint', 'check_flag', 'ui']),
  })
  .meta({ id: 'OverrideAttempt' });

export const SETTING_KEYS = ['frequency_cap', 'onboarding_days', 'consent_mapping', 'segment_frequency_cap'] as const;
export const SettingKey = z.enum(SETTING_KEYS);
export type SettingKey = z.infer<typeof SettingKey>;

export const SettingProposalInput = z
  .strictObject({
    settingKey: SettingKey,
    /** Checked against the setting's own schema by the server; here only as small JSON. */
    value: boundedJson({ depth: 3, entries: 20, keyLength: 40, stringLength: 200 }),
    rationale: text().trim().min(10, 'Say why, in at least 10 characters').max(5000),
  })
  .meta({ id: 'FirewallSettingProposalInput' });

const SettingApproval = z
  .object({ proposalId: z.uuid(), approvedBy: z.string().nullable(), approvedAt: z.string().nullable() })
  .nullable();

export const FirewallSettingsView = z
  .object({
    frequencyCap: z.object({ max: z.number().int(), windowDays: z.number().int() }),
    onboardingDays: z.number().int(),
    /** Channel → the boolean attribute that records consent for it; a channel left out needs none. */
    consentMapping: ConsentMapping,
    /** Segments with a cap of their own, by key; the smaller of it and the workspace's applies. */
    segmentFrequencyCaps: z.array(z.object({ segment: z.string(), max: z.number().int() })),
    /** The approved proposal behind each value; null while the default applies. */
    approvals: z.object({
      frequencyCap: SettingApproval,
      onboardingDays: SettingApproval,
      consentMapping: SettingApproval,
    }),
    openProposals: z.array(
      z.object({
        id: z.uuid(),
        settingKey: SettingKey,
        value: z.unknown(),
        proposer: z.string(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'FirewallSettingsView' });

const SegmentReasonCount = z.object({
  segment: z.string().nullable(),
  segmentName: z.string().nullable(),
  reason: ReasonCode,
  label: z.string(),
  count: z.number().int(),
});

export const Learning = z
  .object({
    onboarding: z.boolean(),
    onboardingUntil: z.string(),
    daysRemaining: z.number().int(),
    since: z.string(),
    /** Blocked decisions of the whole workspace in the last 30 days: the firewall at work. */
    suppressed: z.object({
      total: z.number().int(),
      yours: z.number().int(),
      bySegmentReason: z.array(SegmentReasonCount),
    }),
    examples: z.array(
      z.object({
        at: z.string(),
        contactId: z.string(),
        segment: z.string().nullable(),
        channel: z.string(),
        campaignName: z.string().nullable(),
        reasons: z.array(z.object({ code: ReasonCode, label: z.string() })),
      }),
    ),
    silence: z.array(
      z.object({
        segment: z.string(),
        segmentName: z.string(),
        version: z.number().int(),
        paused: z.boolean(),
        allowCustomerInitiated: z.boolean(),
        allowedChannels: z.array(z.string()),
        approval: z.enum(['none', 'owner']),
        members: z.number().int(),
        blockedLast30Days: z.number().int(),
        note: z.string(),
      }),
    ),
  })
  .meta({ id: 'FirewallLearning' });

export const ViolationsQuery = z.strictObject({
  month: Month.optional(),
  status: z.enum(['open', 'acknowledged', 'resolved']).optional(),
});

export const ResolveViolationInput = z
  .strictObject({ note: text().trim().min(10, 'Say how the leak was fixed, in at least 10 characters').max(2000) })
  .meta({ id: 'ResolveViolationInput' });

export const TrendQuery = z.strictObject({ months: z.coerce.number().int().min(1).max(24).default(6) });
