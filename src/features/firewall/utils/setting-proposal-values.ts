import { z } from 'zod';
import { MIN_ONBOARDING_DAYS } from '#domain/roles';
import { SettingKey, SettingProposalInput } from '#domain/schemas/firewall-views';
import { CHANNELS } from '#domain/schemas/segments';

const whole = (min: number, max: number) =>
  z
    .number({ error: 'Enter a whole number' })
    .int('Enter a whole number')
    .min(min, `At least ${min}`)
    .max(max, `At most ${max}`);

/** The limits match FirewallSettings and SegmentFrequencyCap in domain/, so the form says what the server would. */
const RANGES = {
  max: whole(1, 100),
  windowDays: whole(1, 90),
  days: whole(MIN_ONBOARDING_DAYS, 365),
  segmentMax: whole(1, 100),
};

/** The fields each setting's proposal is made of; the others are ignored. */
const FIELDS = {
  frequency_cap: ['max', 'windowDays'],
  onboarding_days: ['days'],
  consent_mapping: [],
  segment_frequency_cap: [],
} as const satisfies Record<SettingKey, readonly (keyof typeof RANGES)[]>;

/** A number input's value: NaN when cleared, which only the chosen setting's own fields refuse. */
const entered = z.union([z.number(), z.nan()]);

export const SettingProposalValues = z
  .object({
    settingKey: SettingKey,
    max: entered,
    windowDays: entered,
    days: entered,
    /** Channel → attribute; an empty string: the channel needs no consent. */
    consent: z.record(z.string(), z.string()),
    /** A segment's own cap: the segment, and whether to set a maximum or remove the cap it has. */
    segment: z.string(),
    segmentChange: z.enum(['cap', 'remove']),
    segmentMax: entered,
    rationale: SettingProposalInput.shape.rationale,
  })
  .superRefine((v, ctx) => {
    const fields: (keyof typeof RANGES)[] = [...FIELDS[v.settingKey]];
    if (v.settingKey === 'segment_frequency_cap') {
      if (v.segment === '') ctx.addIssue({ code: 'custom', path: ['segment'], message: 'Choose a segment' });
      if (v.segmentChange === 'cap') fields.push('segmentMax');
    }
    for (const f of fields) {
      const r = RANGES[f].safeParse(v[f]);
      if (!r.success) ctx.addIssue({ code: 'custom', path: [f], message: r.error.issues[0]?.message ?? 'Invalid' });
    }
  });
export type SettingProposalValues = z.infer<typeof SettingProposalValues>;

/** The value the server is sent for the chosen setting. */
export function proposedValue(v: SettingProposalValues) {
  switch (v.settingKey) {
    case 'frequency_cap':
      return { max: v.max, windowDays: v.windowDays };
    case 'consent_mapping':
      return Object.fromEntries(Object.entries(v.consent).filter(([, a]) => a !== ''));
    case 'segment_frequency_cap':
      return { segment: v.segment, max: v.segmentChange === 'remove' ? null : v.segmentMax };
    default:
      return v.days;
  }
}

/** Where a server issue about the value belongs on the form (value.segment of a segment's cap: its segment field). */
export function issueField(key: SettingKey, path: (string | number)[]): string | null {
  if (path[0] === 'settingKey' || path[0] === 'rationale') return String(path[0]);
  if (path[0] !== 'value') return null;
  if (key === 'segment_frequency_cap') {
    if (path[1] === 'segment') return 'segment';
    return path[1] === 'max' ? 'segmentMax' : null;
  }
  if (key === 'consent_mapping' && typeof path[1] === 'string') return `consent.${path[1]}`;
  if (key === 'frequency_cap') return path[1] === 'max' || path[1] === 'windowDays' ? path[1] : null;
  return key === 'onboarding_days' ? 'days' : null;
}

/** What the proposal form opens with: a setting, and for a segment's cap the segment and the change. */
export type SettingPreset = { segment: string; change: 'cap' | 'remove' };

type Current = {
  frequencyCap: { max: number; windowDays: number };
  onboardingDays: number;
  consentMapping: Record<string, string | undefined>;
  segmentFrequencyCaps: { segment: string; max: number }[];
};

/** The form's first values: what is in force, or the preset segment's cap. */
export function initialValues(current: Current, preset?: SettingPreset): SettingProposalValues {
  const own = preset ? current.segmentFrequencyCaps.find((c) => c.segment === preset.segment)?.max : undefined;
  return {
    settingKey: preset ? 'segment_frequency_cap' : 'frequency_cap',
    max: current.frequencyCap.max,
    windowDays: current.frequencyCap.windowDays,
    days: current.onboardingDays,
    consent: Object.fromEntries(CHANNELS.map((c) => [c, current.consentMapping[c] ?? ''])),
    segment: preset?.segment ?? '',
    segmentChange: preset?.change ?? 'cap',
    // A new cap starts one below the workspace's: at the workspace's maximum it would change nothing.
    segmentMax: own ?? Math.max(1, current.frequencyCap.max - 1),
    rationale: '',
  };
}
