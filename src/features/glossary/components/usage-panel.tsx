import { lazy, Suspense, useMemo } from 'react';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { useUsage } from '../api/get-usage';
import { shapeUsage, type UsageChartData } from './usage-chart-data';

// Recharts is the largest thing on this page: it loads after the lists, and only here.
const UsageChart = lazy(() => import('./usage-chart').then((m) => ({ default: m.UsageChart })));

const MONTHS = 6;

/** How often retired language turned up in saved text, by term and month. */
export function UsagePanel() {
  const usage = useUsage(MONTHS);
  const data = useMemo(() => (usage.data ? shapeUsage(usage.data) : undefined), [usage.data]);
  return (
    <section className="card" aria-labelledby="usage-title">
      <h2 id="usage-title">Usage trend</h2>
      <p className="muted">
        Retired language found in text saved anywhere in Charter over the last {MONTHS} months. Fewer findings means the
        promoted language is taking hold.
      </p>
      {usage.isPending ? <Loading label="Loading the trend…" /> : null}
      {usage.error ? <ErrorState error={usage.error} onRetry={() => usage.refetch()} /> : null}
      {data && data.total === 0 ? (
        <EmptyState title="No retired language found">Nothing flagged was saved in this period.</EmptyState>
      ) : null}
      {data && data.total > 0 ? (
        <>
          <p>{data.summary}</p>
          <Suspense fallback={<Loading label="Drawing the chart…" />}>
            <UsageChart data={data} />
          </Suspense>
          <UsageTable data={data} />
        </>
      ) : null}
    </section>
  );
}

/** The chart's text alternative: the same numbers, for screen readers. */
function UsageTable({ data }: { data: UsageChartData }) {
  return (
    // The wrapper is what is hidden: a table never shrinks below its content, so it would widen the page.
    <div className="visually-hidden">
      <table>
        <caption>Retired language found per month, by term</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            {data.terms.map((term) => (
              <th scope="col" key={term}>
                {term}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.month}>
              <th scope="row">{row.label}</th>
              {data.terms.map((term) => (
                <td key={term}>{row.counts[term]}</td>
              ))}
              <td>{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
