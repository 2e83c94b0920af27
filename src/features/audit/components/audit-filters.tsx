import { useForm } from 'react-hook-form';
import { FilterActions } from '#src/components/ui/filter-actions';
import type { AuditFilters } from '../api/get-audit';

type Props = { value: AuditFilters; onChange: (f: AuditFilters) => void };

export function AuditFiltersForm({ value, onChange }: Props) {
  const form = useForm<AuditFilters>({ values: value });
  return (
    <form
      className="filters"
      aria-label="Filter the audit log"
      onSubmit={form.handleSubmit((v) => onChange(v))}
      onReset={() => onChange({})}
    >
      <label>
        Actor
        <input data-plain-text="filter" type="search" placeholder="email or token" {...form.register('actor')} />
      </label>
      <label>
        Action
        <input data-plain-text="filter" type="search" placeholder="e.g. users." {...form.register('action')} />
      </label>
      <label>
        Target
        <input data-plain-text="filter" type="search" placeholder="type or id" {...form.register('target')} />
      </label>
      <label>
        From
        <input type="date" {...form.register('from')} />
      </label>
      <label>
        To
        <input type="date" {...form.register('to')} />
      </label>
      <FilterActions />
    </form>
  );
}
