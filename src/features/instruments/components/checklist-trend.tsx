import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { useChecklistTrend } from '../api/get-checklist-trend';
import { checklistTrend } from '../utils/checklist-trend';
import { ChecklistTrendChart } from './checklist-trend-chart';

/** The last twelve months' scores, as a chart and as a table. */
export function ChecklistTrend({ last }: { last: string }) {
  const trend = useChecklistTrend();
  const points = checklistTrend(trend.data ?? [], last);
  const scored = points.filter((p) => p.score !== null);
  return (
    <section className="card" aria-labelledby="trend-title">
      <h2 id="trend-title">Score by month</h2>
      {trend.isPending ? <Loading label="Loading the trend…" /> : null}
      {trend.error ? <ErrorState error={trend.error} onRetry={() => trend.refetch()} /> : null}
      {trend.data && scored.length === 0 ? (
        <EmptyState title="No month scored yet">The trend starts with the first saved checklist.</EmptyState>
      ) : null}
      {trend.data && scored.length > 0 ? (
        <>
          <ChecklistTrendChart points={points} />
          <table className="visually-hidden">
            <caption>Checklist score by month</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Score</th>
              </tr>
            </thead>
            <tbody>
              {scored.map((p) => (
                <tr key={p.month}>
                  <th scope="row">{p.month}</th>
                  <td>{p.score}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
