import { Controller, useFormContext } from 'react-hook-form';
import type { SegmentSummary } from '#domain/schemas/segments';
import { ErrorState, Loading } from '#src/components/ui/states';
import type { WizardValues } from '../utils/wizard-steps';
import { BlockedBecause } from './blocked-because';
import { SegmentCombobox } from './segment-combobox';
import { SegmentFacts, SegmentFactsPending } from './segment-facts';

type Props = {
  segments: { data?: SegmentSummary[]; isPending: boolean; error: unknown; refetch: () => void };
};

/** Step 1: name the segment the contacts are in now, and see exactly what its logic says. */
export function SegmentStep({ segments }: Props) {
  const { control, watch } = useFormContext<WizardValues>();
  const segmentKey = watch('segmentKey');
  const campaignId = watch('campaignId');
  const names = new Map((segments.data ?? []).map((s) => [s.key, s.name]));
  return (
    <div className="stack">
      <p>Start from where the contacts are now. Which segment holds them, and what does its logic say about them?</p>
      {segments.isPending ? (
        // The field's room while the list loads, and the segment's facts' if the address names one:
        // the step's buttons below do not move when they arrive.
        <>
          <div className="segment-field-pending">
            <Loading label="Loading segments…" />
          </div>
          {segmentKey ? <SegmentFactsPending /> : null}
        </>
      ) : null}
      {segments.error ? <ErrorState error={segments.error} onRetry={segments.refetch} /> : null}
      {segments.data ? (
        <Controller
          control={control}
          name="segmentKey"
          render={({ field, fieldState }) => (
            <SegmentCombobox
              segments={segments.data ?? []}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              error={fieldState.error?.message}
              hint="Type to search by name or key; use the arrow keys and Enter to choose."
            />
          )}
        />
      ) : null}
      {segmentKey && names.has(segmentKey) ? <SegmentFacts segmentKey={segmentKey} /> : null}
      {campaignId ? <BlockedBecause campaignId={campaignId} names={names} /> : null}
    </div>
  );
}
