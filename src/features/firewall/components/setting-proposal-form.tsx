import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { MIN_ONBOARDING_DAYS } from '#domain/roles';
import { SettingKey, SettingProposalInput } from '#domain/schemas/firewall-views';
import { Button } from '#src/components/ui/button';
import { Field } from '#src/components/ui/field';
import { Notice } from '#src/components/ui/notice';
import { applyServerErrors } from '#src/lib/form-errors';
import { LintedFormField } from '#src/shared/linted-text/linted-form-field';
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
    rationale: SettingProposalInput.shape.rationale,
  })
  .superRefine((v, ctx) => {
    const fields = v.settingKey === 'frequency_cap' ? (['max', 'windowDays'] as const) : (['days'] as const);
    for (const f of fields) {
      const r = RANGES[f].safeParse(v[f]);
      if (!r.success) ctx.addIssue({ code: 'custom', path: [f], message: r.error.issues[0]?.message ?? 'Invalid' });
    }
  });
type Values = z.infer<typeof ProposalForm>;

/** A governed setting changes only through a proposal the owner approves: this drafts one. */
export function SettingProposalForm({ current, onDone }: { current: FirewallSettings; onDone: (id: string) => void }) {
  const propose = useProposeSetting();
  const form = useForm<Values>({
    resolver: zodResolver(ProposalForm),
    defaultValues: {
      settingKey: 'frequency_cap',
      max: current.frequencyCap.max,
      windowDays: current.frequencyCap.windowDays,
      days: current.onboardingDays,
      rationale: '',
    },
  });
  const [formError, setFormError] = useState<string | null>(null);
  const key = form.watch('settingKey');
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (v) => {
    setFormError(null);
    const value = v.settingKey === 'frequency_cap' ? { max: v.max, windowDays: v.windowDays } : v.days;
    try {
      const res = await propose.mutateAsync({ settingKey: v.settingKey, value, rationale: v.rationale });
      onDone(res.id);
    } catch (err) {
      setFormError(applyServerErrors(err, form.setError, ['settingKey', 'rationale']));
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
        </select>
      </Field>
      {key === 'frequency_cap' ? (
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
