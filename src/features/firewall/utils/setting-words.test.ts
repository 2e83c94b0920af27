import { describe, expect, it } from 'vitest';
import { describeConsent, describeSettingValue } from './setting-words';

describe('setting values in words', () => {
  it('describes each setting its own way', () => {
    expect(describeSettingValue('frequency_cap', { max: 3, windowDays: 7 })).toBe('3 per 7 days');
    expect(describeSettingValue('onboarding_days', 30)).toBe('30 days');
    expect(describeSettingValue('consent_mapping', { email: 'email_opt_in' })).toBe('email: email_opt_in');
  });

  it('says so when no channel needs consent', () => {
    expect(describeConsent({})).toBe('No channel needs consent');
    expect(describeConsent({ email: undefined })).toBe('No channel needs consent');
  });
});
