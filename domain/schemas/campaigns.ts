import { z } from 'zod';
import { CampaignInput, ReasonCode } from './firewall';
import { plainText, text } from './strings';

/** Campaign outputs and edits; the create input (CampaignInput) is part of the firewall contract. */

export const APPROVAL_STATES = ['not_requested', 'pending', 'approved', 'declined'] as const;
export const ApprovalState = z.enum(APPROVAL_STATES);

export const Campaign = z
  .object({
    id: z.uuid(),
    name: z.string(),
    channel: z.string(),
    targetSegment: z.string().nullable(),
    targetSegmentName: z.string().nullable(),
    copy: z.string(),
    copyFindings: z.number().int(),
    creator: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Whether the target segment's current version needs the owner's approval for sends. */
    approvalNeeded: z.boolean(),
    approvalState: ApprovalState,
    /** The segment version the owner approved it for, when approved. */
    approvedVersion: z.number().int().nullable(),
    /** The target segment's current version; an approval for an older one has lapsed. */
    currentVersion: z.number().int().nullable(),
    /** Approved for the target segment's current version. */
    approvalCurrent: z.boolean(),
    approvalBy: z.string().nullable(),
    approvalAt: z.string().nullable(),
    approvalNote: z.string().nullable(),
  })
  .meta({ id: 'Campaign' });
export type Campaign = z.infer<typeof Campaign>;

export const CampaignPatch = CampaignInput.partial().meta({ id: 'CampaignPatch' });
export type CampaignPatch = z.infer<typeof CampaignPatch>;

export const CampaignsQuery = z.strictObject({ mine: z.enum(['true', 'false']).optional() });

/**
 * An approval names what the owner reviewed: the target segment and its version on screen. A
 * campaign retargeted, or a segment version published, since then is refused (409 campaign_changed).
 */
export const ApproveCampaignInput = z
  .strictObject({
    segment: plainText(text({ error: 'Send the target segment you reviewed' }).max(60), 'identifier'),
    version: z.number({ error: 'Send the segment version you reviewed' }).int().min(1),
    note: text().trim().max(2000).optional(),
  })
  .meta({ id: 'ApproveCampaignInput' });
export const DeclineCampaignInput = z
  .strictObject({ note: text().trim().min(10, 'Say why, in at least 10 characters').max(2000) })
  .meta({ id: 'DeclineCampaignInput' });

export const SendBreakdownRow = z.object({
  reason: ReasonCode,
  label: z.string(),
  segment: z.string().nullable(),
  segmentName: z.string().nullable(),
  count: z.number().int(),
  /** One plain sentence, e.g. "142 contacts in Evaluation: the segment is paused, pause respected." */
  explanation: z.string(),
});

export const RequestSendResult = z
  .object({
    /** One check per 10,000 members; empty when the segment has no members. */
    requestIds: z.array(z.uuid()),
    contactCount: z.number().int(),
    summary: z.object({
      allowed: z.number().int(),
      blocked: z.number().int(),
      byReason: z.record(z.string(), z.number().int()),
    }),
    breakdown: z.array(SendBreakdownRow),
  })
  .meta({ id: 'RequestSendResult' });
export type RequestSendResult = z.infer<typeof RequestSendResult>;

/**
 * What a send of their own campaign would hold back, for a marketer who is observing first: the
 * firewall's decisions as a dry run. Nothing is sent, recorded or counted, and no contact is named.
 */
export const HeldBackPreview = z
  .object({
    /** The target segment's current members. */
    contactCount: z.number().int(),
    /** All of them while the sender observes: every contact is held back at least for that. */
    heldBack: z.number().int(),
    /** Contacts per reason; a contact held back for two reasons counts under both. */
    byReason: z.record(z.string(), z.number().int()),
    breakdown: z.array(SendBreakdownRow),
    /** When the sender's observing ends. */
    onboardingUntil: z.string(),
  })
  .meta({ id: 'HeldBackPreview' });
export type HeldBackPreview = z.infer<typeof HeldBackPreview>;
