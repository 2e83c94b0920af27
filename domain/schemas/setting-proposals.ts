import { z } from 'zod';
import { ConsentMapping } from './consent';
import { FirewallSettings } from './firewall';
import { SettingKey } from './firewall-views';
import { ProposalStatus, SegmentKey, UserRef } from './segments';
import { text } from './strings';

/**
 * One segment's own frequency cap, or `max: null` to clear it. It counts sends in the workspace
 * cap's window, so the stricter of the two is the smaller maximum (docs/firewall.md, "Frequency cap").
 */
export const SegmentFrequencyCap = z.strictObject({
  segment: SegmentKey,
  max: z.number().int().min(1).max(100).nullable(),
});
export type SegmentFrequencyCap = z.infer<typeof SegmentFrequencyCap>;

/** A governed setting's value: a frequency cap, a number of onboarding days, or the consent mapping. */
export const SettingValue = z.union([
  FirewallSettings.shape.frequencyCap,
  FirewallSettings.shape.onboardingDays,
  ConsentMapping,
  SegmentFrequencyCap,
]);
export type SettingValue = z.infer<typeof SettingValue>;

/** The schema a proposed value must meet, per setting key. */
export const SETTING_VALUE_SCHEMAS = {
  frequency_cap: FirewallSettings.shape.frequencyCap,
  onboarding_days: FirewallSettings.shape.onboardingDays,
  consent_mapping: ConsentMapping,
  segment_frequency_cap: SegmentFrequencyCap,
} as const satisfies Record<SettingKey, z.ZodType<SettingValue>>;

/** A proposal to change a firewall setting; it takes effect only when approved (docs/rules.md). */
export const SettingProposal = z
  .object({
    id: z.uuid(),
    kind: z.literal('setting'),
    settingKey: SettingKey,
    value: SettingValue,
    rationale: z.string(),
    rationaleFindings: z.number().int(),
    status: ProposalStatus,
    /** Send it back when approving: the proposal you reviewed. */
    revision: z.number().int(),
    /** The value in force now, to compare with the proposed one. */
    inForce: SettingValue,
    /** The setting changed since the proposal was made: approving it would fail (stale_base_version). */
    baseChanged: z.boolean(),
    proposer: UserRef,
    createdAt: z.string(),
    decidedBy: UserRef.nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    /** Whether the caller may approve or reject it now. */
    canDecide: z.boolean(),
  })
  .meta({ id: 'SettingProposal' });
export type SettingProposal = z.infer<typeof SettingProposal>;

/** The answer to a decision or a withdrawal: the proposal, and whether its value is now in force. */
export const SettingDecisionResult = z
  .object({
    proposal: SettingProposal,
    setting: z.object({ key: SettingKey, value: SettingValue, inForce: z.boolean() }),
  })
  .meta({ id: 'SettingDecisionResult' });
export type SettingDecisionResult = z.infer<typeof SettingDecisionResult>;

export const ApproveSettingInput = z
  .strictObject({
    /** The revision the approver reviewed (docs/rules.md, "Governed settings"). */
    revision: z.number({ error: 'Send the revision you reviewed' }).int().min(1),
    note: text().trim().max(2000).optional(),
  })
  .meta({ id: 'ApproveSettingInput' });
