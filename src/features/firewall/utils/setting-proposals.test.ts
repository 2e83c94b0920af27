import { describe, expect, it } from 'vitest';
import { describeConsent, describeSettingValue, explainSettingRefusal } from './setting-proposals';

describe('setting proposals in words', () => {
  it('describes each setting’s value as the settings view does', () => {
    expect(describeSettingValue('frequency_cap', { max: 4, windowDays: 7 })).toBe('4 per 7 days');
    expect(describeSettingValue('onboarding_days', 45)).toBe('45 days');
    expect(describeSettingValue('consent_mapping', { email: 'email_opt_in' })).toBe('email: email_opt_in');
  });

  it('says so when no channel needs consent', () => {
    expect(describeConsent({})).toBe('No channel needs consent');
    expect(describeConsent({ email: undefined })).toBe('No channel needs consent');
    expect(describeSettingValue('consent_mapping', {})).toBe('No channel needs consent');
  });

  it('explains each refusal by its rule, and offers a reload where the proposal moved on', () => {
    const stale = explainSettingRefusal('stale_base_version', 'raw', 'Omar Haddad');
    expect(stale.title).toBe('The setting changed since this was proposed');
    expect(stale.body).toContain('Omar Haddad can withdraw it and propose again');
    expect(stale.reload).toBe(true);
    expect(explainSettingRefusal('self_approval', 'raw', 'Omar').reload).toBeUndefined();
    expect(explainSettingRefusal('proposal_changed', 'raw', 'Omar').reload).toBe(true);
    expect(explainSettingRefusal('not_open', 'raw', 'Omar').reload).toBe(true);
    expect(explainSettingRefusal('database_unavailable', 'Try again shortly.', 'Omar')).toEqual({
      title: 'The decision was not saved',
      body: 'Try again shortly.',
    });
  });
});
