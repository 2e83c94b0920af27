import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { useDecisions } from '#src/shared/queries/get-decisions';
import type { DecisionFilters } from '#src/shared/queries/keys';
import { DecisionFiltersForm } from './decision-filters';
import { DecisionsTable } from './decisions-table';
import { RequestDetail } from './request-detail';

const FILTER_KEYS = ['reason', 'segment', 'campaign', 'actor'] as const;

/** Recent held-back decisions, filtered through the URL, with the request behind a chosen one. */
export function DecisionsView() {
  const [params, setParams] = useSearchParams();
  const filters: DecisionFilters = Object.fromEntries(
    FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined]).filter(([, v]) => v),
  );
  const decisions = useDecisions(filters);
  const [selected, setSelected] = useState<string | null>(null);
  const rows = decisions.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <DecisionFiltersForm
        value={filters}
        onChange={(f) => {
          setSelected(null);
          const next = new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]);
          for (const keep of ['view', 'month']) {
            const v = params.get(keep);
            if (v) next.set(keep, v);
          }
          setParams(next);
        }}
      />
      <section className="card" aria-label="Held-back decisions">
        {decisions.isPending ? <Loading label="Loading decisions…" /> : null}
        {decisions.error ? <ErrorState error={decisions.error} onRetry={() => decisions.refetch()} /> : null}
        {decisions.data && rows.length === 0 ? (
          <EmptyState title="Nothing was held back that matches these filters">
            Silence is normal; clear the filters to see every held-back decision.
          </EmptyState>
        ) : null}
        {rows.length > 0 ? (
          <DecisionsTable
            rows={rows}
            hasMore={decisions.hasNextPage}
            loadingMore={decisions.isFetchingNextPage}
            onLoadMore={() => decisions.fetchNextPage()}
            onSelect={(r) => setSelected(r.requestId)}
            selectedRequest={selected}
          />
        ) : null}
      </section>
      {/* Below the table rather than beside it: the log needs its full width to stay readable. */}
      {selected ? <RequestDetail id={selected} onClose={() => setSelected(null)} /> : null}
    </>
  );
}
