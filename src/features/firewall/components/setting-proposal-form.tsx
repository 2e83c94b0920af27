import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { MIN_ONBOARDING_DAYS } from '#domain/roles';
import { SettingKey, SettingProposalInput } from '#domain/schemas/firewall-views';
import { CHANNELS } from '#domain/schemas/segments';
import { channelLabel } from '#domain/segments/describe';
import { Button } from '#src/components/ui/button';
import { Field } from '#src/components/ui/field';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { LintedFormField } from '#src/shared/linted-text/linted-form-field';
import { useAttributes } from '#src/shared/queries/get-attributes';
import type { FirewallSettings } from '#src/shared/queries/get-firewall-settings';
import { useProposeSetting } from '../api/propose-setting';

const whole = (min: number, max: number) =>
  z
    .number({ error: 'Enter a whole number' })
    .int('Enter a whole number')
    .min(min, `At least ${min}`)
    .max(max, `At most ${max}`);

/** The limits match FirewallSettings in domain/, so the form says what the server would. */
const RANGES = { max: whole(1, 100), windowDays: whole(1, 90), days: whole(MIN_ONBOARDING_DAYS, 365) };

const ProposalForm = z
  .object({
    settingKey: SettingKey,
    max: z.number(),
    windowDays: z.number(),
    days: z.number(),
    /** Channel → attribute; an empty string: the channel needs no consent. */
    consent: z.record(z.string(), z.string()),
    rationale: SettingProposalInput.shape.rationale,
  })
  .superRefine((v, ctx) => {
    if (v.settingKey === 'consent_mapping') return;
    const fields = v.settingKey === 'frequency_cap' ? (['max', 'windowDays'] as const) : (['days'] as const);
    for (const f of fields) {
      const r = RANGES[f].safeParse(v[f]);
      if (!r.success) ctx.addIssue({ code: 'custom', path: [f], message: r.error.issues[0]?.message ?? 'Invalid' });
    }
  });
type Values = z.infer<typeof ProposalForm>;

function proposedValue(v: Values) {
  if (v.settingKey === 'frequency_cap') return { max: v.max, windowDays: v.windowDays };
  if (v.settingKey === 'consent_mapping')
    return Object.fromEntries(Object.entries(v.consent).filter(([, a]) => a !== ''));
  return v.days;
}

/** A governed setting changes only through a proposal the owner approves: this drafts one. */
export function SettingProposalForm({ current, onDone }: { current: FirewallSettings; onDone: (id: string) => void }) {
  const propose = useProposeSetting();
  // Consent takes an accepted yes/no attribute of the dictionary (docs/firewall.md, "Consent").
  const attributes = useAttributes();
  const yesNo = (attributes.data ?? []).filter((a) => a.status === 'accepted' && a.type === 'boolean');
  const form = useForm<Values>({
    resolver: zodResolver(ProposalForm),
    defaultValues: {
      settingKey: 'frequency_cap',
      max: current.frequencyCap.max,
      windowDays: current.frequencyCap.windowDays,
      days: current.onboardingDays,
      consent: Object.fromEntries(CHANNELS.map((c) => [c, current.consentMapping[c] ?? ''])),
      rationale: '',
    },
  });
  const [formError, setFormError] = useState<string | null>(null);
  const key = form.watch('settingKey');
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (v) => {
    setFormError(null);
    try {
      const res = await propose.mutateAsync({
        settingKey: v.settingKey,
        value: proposedValue(v),
        rationale: v.rationale,
      });
      onDone(res.id);
    } catch (err) {
      // A consent issue names its channel under value: ["value", "email"].
      const place = (path: (string | number)[]) =>
        path[0] === 'value' && typeof path[1] === 'string'
          ? `consent.${path[1]}`
          : ['settingKey', 'rationale'].includes(String(path[0]))
            ? String(path[0])
            : null;
      setFormError(applyServerErrors(err, form.setError, place));
    }
  });
  const num = { valueAsNumber: true } as const;

  return (
    <form className="stack" noValidate onSubmit={submit}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field label="Setting" error={errors.settingKey?.message}>
        <select {...form.register('settingKey')}>
          <option value="frequency_cap">Frequency cap</option>
          <option value="onboarding_days">Onboarding period</option>
          <option value="consent_mapping">Consent mapping</option>
        </select>
      </Field>
      {key === 'consent_mapping' ? (
        <fieldset className="checkbox-group">
          <legend>Consent attribute per channel</legend>
          <p className="field-hint">
            A contact whose attribute is not yes is held back on that channel. Only accepted yes/no attributes of the
            dictionary can record consent.
          </p>
          {CHANNELS.map((c) => (
            <Field key={c} label={channelLabel(c)} error={errors.consent?.[c]?.message}>
              <select {...form.register(`consent.${c}`)}>
                <option value="">No consent needed</option>
                {yesNo.map((a) => (
                  <option key={a.name} value={a.name}>
                    {a.name}
                  </option>
                ))}
              </select>
            </Field>
          ))}
        </fieldset>
      ) : key === 'frequency_cap' ? (
        <>
          <Field label="Most sends per contact" hint="Between 1 and 100." error={errors.max?.message}>
            <input type="number" inputMode="numeric" {...form.register('max', num)} />
          </Field>
          <Field label="In a rolling window of (days)" hint="Between 1 and 90." error={errors.windowDays?.message}>
            <input type="number" inputMode="numeric" {...form.register('windowDays', num)} />
          </Field>
        </>
      ) : (
        <Field
          label="Onboarding period (days)"
          hint={`New team members observe first for this many days: at least ${MIN_ONBOARDING_DAYS}, at most 365.`}
          error={errors.days?.message}
        >
          <input type="number" inputMode="numeric" {...form.register('days', num)} />
        </Field>
      )}
      <LintedFormField
        control={form.control}
        name="rationale"
        label="Rationale"
        hint="Why the change, in at least 10 characters. The owner reads it."
        maxLength={5000}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={propose.isPending}>
          Propose the change
        </Button>
      </div>
    </form>
  );
}
