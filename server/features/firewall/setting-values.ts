import { DEFAULT_ONBOARDING_DAYS } from '#domain/roles';
import { FirewallSettings } from '#domain/schemas/firewall';
import type { SettingKey } from '#domain/schemas/firewall-views';

export type FrequencyCap = { max: number; windowDays: number };

export const DEFAULT_FREQUENCY_CAP: FrequencyCap = { max: 3, windowDays: 7 };

/** The stored value of each governed setting, or its default when unset or unreadable. */
export function frequencyCapOf(stored: unknown): FrequencyCap {
  const parsed = FirewallSettings.shape.frequencyCap.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_FREQUENCY_CAP;
}

export function onboardingDaysOf(stored: unknown): number {
  const parsed = FirewallSettings.shape.onboardingDays.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_ONBOARDING_DAYS;
}

/** The schema a proposed value must meet, per setting key. */
export const SETTING_SCHEMAS = {
  frequency_cap: FirewallSettings.shape.frequencyCap,
  onboarding_days: FirewallSettings.shape.onboardingDays,
} as const satisfies Record<SettingKey, unknown>;
