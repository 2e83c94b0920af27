import { channelLabel } from '#domain/segments/describe';

export const SETTING_LABELS: Record<string, string> = {
  frequency_cap: 'Frequency cap',
  onboarding_days: 'Onboarding period',
  consent_mapping: 'Consent mapping',
};

/** A consent mapping in words: "Email: email_opt_in; SMS: sms_opt_in", or that no channel needs consent. */
export function describeConsent(mapping: Record<string, string | undefined>): string {
  const entries = Object.entries(mapping).filter((e): e is [string, string] => typeof e[1] === 'string');
  if (entries.length === 0) return 'No channel needs consent';
  return entries.map(([channel, attr]) => `${channelLabel(channel)}: ${attr}`).join('; ');
}

/** A proposed or current setting value in words, per setting. */
export function describeSettingValue(key: string, value: unknown): string {
  if (key === 'frequency_cap' && value && typeof value === 'object') {
    const v = value as { max?: number; windowDays?: number };
    return `${v.max} per ${v.windowDays} days`;
  }
  if (key === 'consent_mapping' && value && typeof value === 'object') {
    return describeConsent(value as Record<string, string>);
  }
  return `${String(value)} days`;
}
