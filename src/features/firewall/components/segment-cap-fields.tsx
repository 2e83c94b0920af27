import type { UseFormReturn } from 'react-hook-form';
import { Field } from '#src/components/ui/field';
import { ErrorState, Loading } from '#src/components/ui/states';
import type { FirewallSettings } from '#src/shared/queries/get-firewall-settings';
import { useSegments } from '#src/shared/queries/get-segments';
import type { SettingProposalValues } from '../utils/setting-proposal-values';

type Props = { form: UseFormReturn<SettingProposalValues>; current: FirewallSettings };

/**
 * A segment's own cap: which segment, and a maximum or no cap of its own. It counts sends in the
 * workspace cap's window and the smaller maximum applies (docs/firewall.md, "Frequency cap").
 */
export function SegmentCapFields({ form, current }: Props) {
  const segments = useSegments();
  const errors = form.formState.errors;
  const segment = form.watch('segment');
  const change = form.watch('segmentChange');
  const own = current.segmentFrequencyCaps.find((c) => c.segment === segment);
  const active = (segments.data ?? []).filter((s) => s.status === 'active');
  const { max, windowDays } = current.frequencyCap;

  // The select mounts with its options, so the preset segment is selected as it appears.
  if (segments.isPending) return <Loading label="Loading segments…" />;
  if (segments.error) return <ErrorState error={segments.error} onRetry={() => segments.refetch()} />;
  return (
    <>
      <Field
        label="Segment"
        hint={own ? `Its cap now: at most ${own.max} in the window.` : 'Only active segments take a cap.'}
        error={errors.segment?.message}
      >
        <select {...form.register('segment')}>
          <option value="">Choose a segment</option>
          {active.map((s) => (
            <option key={s.key} value={s.key}>
              {s.name} ({s.key})
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="checkbox-group">
        <legend>The change</legend>
        <label className="checkbox">
          <input type="radio" value="cap" {...form.register('segmentChange')} /> A cap of its own
        </label>
        <label className="checkbox">
          <input type="radio" value="remove" {...form.register('segmentChange')} /> No cap of its own: the workspace’s
          applies
        </label>
      </fieldset>
      {change === 'cap' ? (
        <Field
          label={`Most sends per contact in the workspace’s ${windowDays}-day window`}
          hint={`Between 1 and 100. The smaller of this and the workspace’s ${max} applies, so it slows this segment down only below ${max}.`}
          error={errors.segmentMax?.message}
        >
          <input type="number" inputMode="numeric" {...form.register('segmentMax', { valueAsNumber: true })} />
        </Field>
      ) : (
        <p className="field-hint">
          Its contacts get the workspace’s cap: at most {max} sends in any {windowDays} days.
        </p>
      )}
    </>
  );
}
