import type { SettingKey } from '#domain/schemas/firewall-views';
import { SETTING_VALUE_SCHEMAS, type SettingValue } from '#domain/schemas/setting-proposals';
import { consentMappingOf, frequencyCapOf, onboardingDaysOf, segmentFrequencyCap } from '#server/core/settings.read';
import type { DbOrTx } from '#server/db/client';
import { dictionaryEntry } from '#server/features/attributes/attributes.read';
import type { Issue } from '#server/lib/errors';

/** The value in force for the setting a proposal changes (for a segment's cap, that segment's). */
export async function inForceOf(
  db: DbOrTx,
  key: SettingKey,
  stored: unknown,
  proposed: unknown,
): Promise<SettingValue> {
  if (key === 'frequency_cap') return frequencyCapOf(stored);
  if (key === 'consent_mapping') return consentMappingOf(stored);
  if (key === 'onboarding_days') return onboardingDaysOf(stored);
  const { segment } = SETTING_VALUE_SCHEMAS.segment_frequency_cap.parse(proposed);
  return { segment, max: await segmentFrequencyCap(db, segment) };
}

/**
 * A consent mapping names, for each channel, an accepted boolean attribute of the dictionary:
 * anything else could never say yes (docs/firewall.md, "Consent").
 */
export async function consentIssues(db: DbOrTx, value: unknown): Promise<Issue[]> {
  const issues: Issue[] = [];
  for (const [channel, attr] of Object.entries(consentMappingOf(value))) {
    const entry = await dictionaryEntry(db, attr);
    if (entry?.status !== 'accepted') {
      issues.push({ path: ['value', channel], message: `${attr} is not accepted into the attribute dictionary` });
    } else if (entry.type !== 'boolean') {
      issues.push({
        path: ['value', channel],
        message: `${attr} is a ${entry.type} attribute; consent takes a yes/no one`,
      });
    }
  }
  return issues;
}
