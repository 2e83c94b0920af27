import type { SettingKey } from '#domain/schemas/firewall-views';
import { channelLabel } from '#domain/segments/describe';

export const SETTING_NAMES: Record<SettingKey, string> = {
  frequency_cap: 'Frequency cap',
  onboarding_days: 'Onboarding period',
  consent_mapping: 'Consent mapping',
  segment_frequency_cap: 'Segment frequency cap',
};

/** A consent mapping in words: "email: email_opt_in; sms: sms_opt_in", or that no channel needs consent. */
export function describeConsent(mapping: Record<string, string | undefined>): string {
  const entries = Object.entries(mapping).filter((e): e is [string, string] => typeof e[1] === 'string');
  if (entries.length === 0) return 'No channel needs consent';
  return entries.map(([channel, attr]) => `${channelLabel(channel)}: ${attr}`).join('; ');
}

/** A setting's value in the words the settings view uses: "3 per 7 days", "30 days", "email: email_opt_in". */
export function describeSettingValue(key: SettingKey, value: unknown): string {
  if (key === 'frequency_cap' && value && typeof value === 'object') {
    const v = value as { max?: unknown; windowDays?: unknown };
    return `${String(v.max)} per ${String(v.windowDays)} days`;
  }
  if (key === 'segment_frequency_cap' && value && typeof value === 'object') {
    const v = value as { segment?: unknown; max?: unknown };
    return v.max === null
      ? `${String(v.segment)}: no cap of its own`
      : `${String(v.segment)}: at most ${String(v.max)} in the cap's window`;
  }
  if (key === 'consent_mapping' && value && typeof value === 'object') {
    return describeConsent(value as Record<string, string | undefined>);
  }
  return `${String(value)} days`;
}

export type SettingRefusal = { title: string; body: string; reload?: boolean };

/**
 * The server's refusals of a setting decision in plain words: each names the rule that refused,
 * so it reads as governance working (nobody approves their own change; nothing overwrites a newer
 * value; nothing is approved unseen).
 */
export function explainSettingRefusal(code: string, message: string, proposerName: string): SettingRefusal {
  switch (code) {
    case 'self_approval':
      return {
        title: 'You cannot decide your own proposal',
        body: 'Nobody approves their own change: another person who may decide must review it.',
      };
    case 'stale_base_version':
      return {
        title: 'The setting changed since this was proposed',
        body: `Another change to this setting was approved after ${proposerName} made this proposal, so approving it could silently undo that change. ${proposerName} can withdraw it and propose again from the value in force.`,
        reload: true,
      };
    case 'proposal_changed':
      return {
        title: 'The proposal changed while you were reading it',
        body: 'Read the current revision before deciding.',
        reload: true,
      };
    case 'not_open':
      return {
        title: 'This proposal is no longer open',
        body: 'It was decided or withdrawn in the meantime. Reload to see its outcome.',
        reload: true,
      };
    default:
      return { title: 'The decision was not saved', body: message };
  }
}
