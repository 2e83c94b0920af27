import { REASON_LABELS, type ReasonCode } from '#domain/firewall/decide';
import type { Pause } from '#domain/schemas/segments';
import { dayInWords as day } from '#domain/time-words';
import type { FrequencyCap } from '#server/core/settings.read';

export type SegmentAt = { key: string; name: string; version: number; pause: Pause; approval: 'none' | 'owner' };

export type ExplainContext = {
  contactId: string;
  /** The contact's segment version as it was at the decision. */
  segment: SegmentAt | null;
  targetSegment: string | null;
  campaign: { name: string; approvalState: string; approvedVersion: number | null } | null;
  /** The cap the contact was decided under; `segment` when its segment's own cap was the stricter. */
  frequencyCap: FrequencyCap & { segment?: string };
  /** The attribute the consent mapping names for the request's channel now, if any. */
  consentAttribute?: string;
  onboarding: { days: number; until: Date } | null;
};

export type Explanation = {
  code: ReasonCode;
  label: string;
  rule: string;
  segment: string | null;
  segmentVersion: number | null;
};

/** The rule behind one reason, in plain words and without blame: the system working as designed. */
export function explainReason(code: ReasonCode, x: ExplainContext): Explanation {
  const seg = x.segment;
  const segRef = seg ? `${seg.name} (${seg.key} v${seg.version})` : 'its segment';
  const base = { code, label: REASON_LABELS[code], segment: seg?.key ?? null, segmentVersion: seg?.version ?? null };
  switch (code) {
    case 'actor_onboarding':
      return {
        ...base,
        segment: null,
        segmentVersion: null,
        rule: x.onboarding
          ? `New team members observe first: sends by the sender are held until ${day(x.onboarding.until)} (the first ${x.onboarding.days} days, setting onboarding_days).`
          : 'New team members observe first (setting onboarding_days).',
      };
    case 'actor_is_owner':
      return {
        ...base,
        segment: null,
        segmentVersion: null,
        rule: 'The segmentation owner approves the logic and does not run campaigns: a send whose sender or campaign creator is the owner is held.',
      };
    case 'unknown_contact':
      return {
        ...base,
        segment: null,
        segmentVersion: null,
        rule: `No contact with id ${x.contactId} is known to Charter.`,
      };
    case 'segment_paused': {
      const pause = seg?.pause;
      const channels = pause?.allowedChannels.length ? ` except on ${pause.allowedChannels.join(', ')}` : '';
      const replies = pause?.allowCustomerInitiated
        ? 'customer-initiated replies stay allowed'
        : 'customer-initiated replies are paused too';
      return { ...base, rule: `${segRef} is paused${channels}; ${replies}. Pause respected.` };
    }
    case 'not_in_target_segment':
      return {
        ...base,
        segment: x.targetSegment,
        segmentVersion: null,
        rule: `The send targets ${x.targetSegment}; the contact's current segment is ${seg?.key ?? 'none'}.`,
      };
    case 'approval_required': {
      const c = x.campaign;
      const state = !c
        ? 'the check named no campaign'
        : c.approvalState === 'approved' && c.approvedVersion !== null
          ? `"${c.name}" was approved for v${c.approvedVersion}, and approvals hold for one version`
          : `"${c.name}" has no owner approval (${c.approvalState.replace('_', ' ')})`;
      return { ...base, rule: `${segRef} needs the owner's approval for each campaign; ${state}.` };
    }
    case 'frequency_cap':
      return {
        ...base,
        segment: null,
        segmentVersion: null,
        rule: `At most ${x.frequencyCap.max} sends per ${x.frequencyCap.windowDays} days (${
          x.frequencyCap.segment
            ? `${x.frequencyCap.segment}'s own cap, setting segment_frequency_cap`
            : 'setting frequency_cap'
        }); the contact had reached it.`,
      };
    case 'no_consent':
      return {
        ...base,
        segment: null,
        segmentVersion: null,
        rule: x.consentAttribute
          ? `A contact is messaged on this channel only when ${x.consentAttribute} is true (setting consent_mapping); it was not.`
          : 'A contact is messaged on this channel only with consent (setting consent_mapping); the contact had none.',
      };
  }
}
