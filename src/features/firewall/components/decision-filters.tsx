import { useForm } from 'react-hook-form';
import { REASON_CODES, REASON_LABELS } from '#domain/firewall/decide';
import { FilterActions } from '#src/components/ui/filter-actions';
import { useCampaigns } from '#src/shared/queries/get-campaigns';
import { useSegments } from '#src/shared/queries/get-segments';
import type { DecisionFilters } from '#src/shared/queries/keys';

type Props = { value: DecisionFilters; onChange: (f: DecisionFilters) => void };

export function DecisionFiltersForm({ value, onChange }: Props) {
  const form = useForm<DecisionFilters>({ values: value });
  const segments = useSegments();
  const campaigns = useCampaigns();
  return (
    <form
      className="filters"
      aria-label="Filter held-back decisions"
      onSubmit={form.handleSubmit((v) => onChange(v))}
      onReset={() => onChange({})}
    >
      <label>
        Reason
        <select {...form.register('reason')}>
          <option value="">Any reason</option>
          {REASON_CODES.map((r) => (
            <option key={r} value={r}>
              {REASON_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Segment
        <select {...form.register('segment')}>
          <option value="">Any segment</option>
          {segments.data?.map((s) => (
            <option key={s.key} value={s.key}>
              {s.name}
            </option>
          ))}
          {value.segment && !segments.data?.some((s) => s.key === value.segment) ? (
            <option value={value.segment}>{value.segment}</option>
          ) : null}
        </select>
      </label>
      <label>
        Campaign
        <select {...form.register('campaign')}>
          <option value="">Any campaign</option>
          {campaigns.data?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
          {value.campaign && !campaigns.data?.some((c) => c.id === value.campaign) ? (
            <option value={value.campaign}>This campaign</option>
          ) : null}
        </select>
      </label>
      <label>
        Actor
        <input data-plain-text="filter" type="search" placeholder="email" {...form.register('actor')} />
      </label>
      <FilterActions />
    </form>
  );
}
