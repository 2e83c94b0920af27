import { inArray, like } from 'drizzle-orm';
import { DEFAULT_ONBOARDING_DAYS } from '#domain/roles';
import { type ConsentMapping, DEFAULT_CONSENT_MAPPING } from '#domain/schemas/consent';
import type { SettingKey } from '#domain/schemas/firewall-views';
import { SETTING_VALUE_SCHEMAS, type SettingValue } from '#domain/schemas/setting-proposals';
import type { DbOrTx } from '#server/db/client';
import { settings } from '#server/db/schema/foundation';

/**
 * The governed settings read model. Values change only when a setting proposal is approved (the
 * settings feature writes them); everyone else reads them here, through the same defaults.
 */

export type FrequencyCap = { max: number; windowDays: number };

export const DEFAULT_FREQUENCY_CAP: FrequencyCap = { max: 3, windowDays: 7 };

/** The stored values of the given settings; a setting never changed has no entry. */
export async function settingValues(db: DbOrTx, keys: readonly SettingKey[]): Promise<Map<SettingKey, SettingValue>> {
  const rows = await db
    .select()
    .from(settings)
    .where(inArray(settings.key, [...keys]));
  const values = new Map<SettingKey, SettingValue>();
  for (const key of keys) {
    const row = rows.find((r) => r.key === key);
    if (row) values.set(key, row.value);
  }
  return values;
}

/** A stored frequency cap, or the default when unset or unreadable. */
export function frequencyCapOf(stored: unknown): FrequencyCap {
  const parsed = SETTING_VALUE_SCHEMAS.frequency_cap.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_FREQUENCY_CAP;
}

/** A stored onboarding period in days, or the default when unset or unreadable. */
export function onboardingDaysOf(stored: unknown): number {
  const parsed = SETTING_VALUE_SCHEMAS.onboarding_days.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_ONBOARDING_DAYS;
}

/** The onboarding period in force (docs/rules.md, "Onboarding"). */
export async function onboardingDays(db: DbOrTx): Promise<number> {
  return onboardingDaysOf((await settingValues(db, ['onboarding_days'])).get('onboarding_days'));
}

/** A stored consent mapping, or the default (no channel needs consent) when unset or unreadable. */
export function consentMappingOf(stored: unknown): ConsentMapping {
  const parsed = SETTING_VALUE_SCHEMAS.consent_mapping.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_CONSENT_MAPPING;
}

/** The consent mapping in force (docs/firewall.md, "Consent"). */
export async function consentMapping(db: DbOrTx): Promise<ConsentMapping> {
  return consentMappingOf((await settingValues(db, ['consent_mapping'])).get('consent_mapping'));
}

/**
 * A segment's own frequency cap is stored in a row of its own, so each segment's cap has its own
 * version and two proposals for different segments never make each other stale.
 */
export const segmentCapRowKey = (segment: string) => `segment_frequency_cap:${segment}`;

/** The row a setting's value lives in: its key, or for a segment's cap, the segment's row. */
export function settingRowKey(key: SettingKey, value: unknown): string {
  if (key !== 'segment_frequency_cap') return key;
  const parsed = SETTING_VALUE_SCHEMAS.segment_frequency_cap.safeParse(value);
  if (!parsed.success) throw new Error('a segment frequency cap without its segment');
  return segmentCapRowKey(parsed.data.segment);
}

/** Segments with a cap of their own in force: segment key → at most this many sends in the cap's window. */
export async function segmentFrequencyCaps(db: DbOrTx): Promise<Map<string, number>> {
  const rows = await db.select().from(settings).where(like(settings.key, 'segment\\_frequency\\_cap:%'));
  const caps = new Map<string, number>();
  for (const row of rows) {
    const parsed = SETTING_VALUE_SCHEMAS.segment_frequency_cap.safeParse(row.value);
    if (parsed.success && parsed.data.max !== null) caps.set(parsed.data.segment, parsed.data.max);
  }
  return caps;
}

/** One segment's own cap in force, or null when it has none. */
export async function segmentFrequencyCap(db: DbOrTx, segment: string): Promise<number | null> {
  const [row] = await db
    .select()
    .from(settings)
    .where(inArray(settings.key, [segmentCapRowKey(segment)]));
  const parsed = SETTING_VALUE_SCHEMAS.segment_frequency_cap.safeParse(row?.value);
  return parsed.success ? parsed.data.max : null;
}
