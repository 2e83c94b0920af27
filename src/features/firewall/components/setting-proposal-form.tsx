import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { MIN_ONBOARDING_DAYS } from '#domain/roles';
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
import {
  initialValues,
  issueField,
  proposedValue,
  type SettingPreset,
  SettingProposalValues,
} from '../utils/setting-proposal-values';
import { SegmentCapFields } from './segment-cap-fields';

type Props = {
  current: FirewallSettings;
  /** Opens on a segment's own cap (from its row in the settings, or its Health tab). */
  preset?: SettingPreset;
  onDone: (id: string) => void;
};

/** A governed setting changes only through a proposal the owner approves: this drafts one. */
export function SettingProposalForm({ current, preset, onDone }: Props) {
  const propose = useProposeSetting();
  // Consent takes an accepted yes/no attribute of the dictionary (docs/firewall.md, "Consent").
  const attributes = useAttributes();
  const yesNo = (attributes.data ?? []).filter((a) => a.status === 'accepted' && a.type === 'boolean');
  const form = useForm<SettingProposalValues>({
    resolver: zodResolver(SettingProposalValues),
    defaultValues: initialValues(current, preset),
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
      setFormError(applyServerErrors(err, form.setError, (path) => issueField(v.settingKey, path)));
    }
  });
  const num = { valueAsNumber: true } as const;

  return (
    <form className="stack" noValidate onSubmit={submit}>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <Field label="Setting" error={errors.settingKey?.message}>
        <select {...form.register('settingKey')}>
          <option value="frequency_cap">Frequency cap</option>
          <option value="segment_frequency_cap">A segment’s own frequency cap</option>
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
      ) : key === 'segment_frequency_cap' ? (
        <SegmentCapFields form={form} current={current} />
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
