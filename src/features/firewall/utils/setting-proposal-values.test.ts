import { describe, expect, it } from 'vitest';
import { initialValues, issueField, proposedValue, SettingProposalValues } from './setting-proposal-values';

const current = {
  frequencyCap: { max: 3, windowDays: 7 },
  onboardingDays: 30,
  consentMapping: { email: 'email_opt_in' },
  segmentFrequencyCaps: [{ segment: 'at-risk', max: 1 }],
};

describe('the setting proposal form’s values', () => {
  it('starts a segment’s cap from its cap in force, or one below the workspace’s', () => {
    expect(initialValues(current, { segment: 'at-risk', change: 'cap' })).toMatchObject({
      settingKey: 'segment_frequency_cap',
      segment: 'at-risk',
      segmentMax: 1,
    });
    expect(initialValues(current, { segment: 'dormant', change: 'cap' }).segmentMax).toBe(2);
    expect(initialValues({ ...current, frequencyCap: { max: 1, windowDays: 7 } }).segmentMax).toBe(1);
    expect(initialValues(current).settingKey).toBe('frequency_cap');
  });

  it('sends a cap, or null to remove it', () => {
    const v = initialValues(current, { segment: 'at-risk', change: 'remove' });
    expect(proposedValue(v)).toEqual({ segment: 'at-risk', max: null });
    expect(proposedValue({ ...v, segmentChange: 'cap', segmentMax: 2 })).toEqual({ segment: 'at-risk', max: 2 });
  });

  it('checks a segment and its maximum only when a cap is proposed', () => {
    const base = {
      ...initialValues(current),
      settingKey: 'segment_frequency_cap' as const,
      rationale: 'Long enough reason.',
    };
    const issues = (v: object) =>
      SettingProposalValues.safeParse(v).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];
    expect(issues({ ...base, segment: '', segmentMax: 0 })).toEqual([
      ['segment', 'Choose a segment'],
      ['segmentMax', 'At least 1'],
    ]);
    // A field cleared and then left for another choice does not hold the proposal back.
    expect(issues({ ...base, segment: 'dormant', segmentChange: 'remove', segmentMax: Number.NaN })).toEqual([]);
    expect(issues({ ...base, segment: 'dormant', days: Number.NaN })).toEqual([]);
    expect(issues({ ...base, segment: 'dormant', segmentMax: Number.NaN })).toEqual([
      ['segmentMax', 'Enter a whole number'],
    ]);
  });

  it('places the server’s issues on the field they are about', () => {
    expect(issueField('segment_frequency_cap', ['value', 'segment'])).toBe('segment');
    expect(issueField('segment_frequency_cap', ['value', 'max'])).toBe('segmentMax');
    expect(issueField('consent_mapping', ['value', 'sms'])).toBe('consent.sms');
    expect(issueField('frequency_cap', ['value', 'windowDays'])).toBe('windowDays');
    expect(issueField('onboarding_days', ['value'])).toBe('days');
    expect(issueField('frequency_cap', ['rationale'])).toBe('rationale');
    expect(issueField('frequency_cap', ['other'])).toBeNull();
  });
});
