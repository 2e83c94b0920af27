import { EXCEPTION_OUTCOMES, OUTCOME_LABELS } from '#domain/exceptions/terms';
import { useSegments } from '#src/shared/queries/get-segments';
import type { ExceptionFilters } from '#src/shared/queries/keys';

type Props = { value: ExceptionFilters; onChange: (next: ExceptionFilters) => void };

/** Filters applied as they change and kept in the address, so a filtered list can be shared. */
export function ExceptionsFiltersForm({ value, onChange }: Props) {
  const segments = useSegments();
  return (
    <form className="filters exc-filters" aria-label="Filter requests" onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="exception-filter-segment">Segment</label>
        <select
          id="exception-filter-segment"
          value={value.segment ?? ''}
          onChange={(e) => onChange({ ...value, segment: e.target.value || undefined })}
        >
          <option value="">All segments</option>
          {(segments.data ?? []).map((s) => (
            <option key={s.key} value={s.key}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="exception-filter-outcome">Outcome</label>
        <select
          id="exception-filter-outcome"
          value={value.status ?? ''}
          onChange={(e) => onChange({ ...value, status: e.target.value || undefined })}
        >
          <option value="">All outcomes</option>
          {EXCEPTION_OUTCOMES.filter((o) => o !== 'draft').map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="exception-filter-month">Month filed</label>
        <input
          id="exception-filter-month"
          type="month"
          value={value.month ?? ''}
          onChange={(e) => onChange({ ...value, month: e.target.value || undefined })}
        />
      </div>
    </form>
  );
}
