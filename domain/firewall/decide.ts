import type { Channel, Pause } from '#domain/schemas/segments';

export const REASON_CODES = [
  'actor_onboarding',
  'actor_is_owner',
  'unknown_contact',
  'segment_paused',
  'not_in_target_segment',
  'approval_required',
  'frequency_cap',
  'no_consent',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Reasons that make a request a segment-unsafe campaign attempt (docs/rules.md, "Segment-unsafe attempts"). */
export const SEGMENT_REASONS: readonly ReasonCode[] = ['segment_paused', 'not_in_target_segment', 'approval_required'];

export const REASON_LABELS: Record<ReasonCode, string> = {
  actor_onboarding: 'Sender is in onboarding: observing first',
  actor_is_owner: 'The segmentation owner does not run campaigns',
  unknown_contact: 'Not a known contact',
  segment_paused: 'Current segment is paused: pause respected',
  not_in_target_segment: 'Not in the campaign’s target segment',
  approval_required: 'Segment needs the owner’s approval for this campaign',
  frequency_cap: 'Frequency cap reached',
  no_consent: 'No consent for this channel',
};

export type SegmentPolicy = { key: string; version: number; pause: Pause; approval: 'none' | 'owner' };

export type DecisionInput = {
  channel: Channel;
  customerInitiated: boolean;
  actorOnboarding: boolean;
  /** An actor of the send (the sender, or the campaign's creator) is the segmentation owner. */
  actorIsOwner: boolean;
  /** null when the contact is unknown. */
  contact: { segmentKey: string | null } | null;
  /** The policy of the contact's current segment, if it has one. */
  segment: SegmentPolicy | null;
  targetSegment: string | null;
  /** Whether the campaign is approved by the owner for the segment's current version. */
  campaignApprovedForVersion: (segmentKey: string, version: number) => boolean;
  sendsInWindow: number;
  frequencyCap: { max: number; windowDays: number } | null;
  /**
   * The contact's consent for the channel under the governed consent mapping: null when the
   * mapping names no attribute for the channel (docs/firewall.md, "Consent").
   */
  consentGiven: boolean | null;
};

/** Every reason that applies, not just the first (docs/rules.md, "The firewall check"). Allowed when the list is empty. */
export function decide(i: DecisionInput): ReasonCode[] {
  const reasons: ReasonCode[] = [];
  if (i.actorOnboarding) reasons.push('actor_onboarding');
  // The owner approves the logic; running campaigns under it would make them judge their own sends.
  if (i.actorIsOwner) reasons.push('actor_is_owner');
  if (!i.contact) {
    reasons.push('unknown_contact');
    return reasons;
  }
  const seg = i.segment;
  if (seg?.pause.paused) {
    const replyAllowed = i.customerInitiated && seg.pause.allowCustomerInitiated;
    const channelAllowed = seg.pause.allowedChannels.includes(i.channel);
    if (!replyAllowed && !channelAllowed) reasons.push('segment_paused');
  }
  if (i.targetSegment && i.contact.segmentKey !== i.targetSegment) reasons.push('not_in_target_segment');
  if (seg && seg.approval === 'owner' && !i.campaignApprovedForVersion(seg.key, seg.version)) {
    reasons.push('approval_required');
  }
  if (i.frequencyCap && i.sendsInWindow >= i.frequencyCap.max) reasons.push('frequency_cap');
  if (i.consentGiven === false) reasons.push('no_consent');
  return reasons;
}

/** Whether a reported send broke a pause: the segment was paused for the channel at sentAt. */
export function isPauseViolation(pause: Pause, channel: Channel, customerInitiated: boolean): boolean {
  if (!pause.paused) return false;
  if (customerInitiated && pause.allowCustomerInitiated) return false;
  return !pause.allowedChannels.includes(channel);
}
