import { Notice } from '#src/components/ui/notice';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatCount } from '#src/lib/format';
import { useSegmentHealth } from '../api/get-segment-health';
import { driftInWords, formatPercent, shapeHealth } from '../utils/health-chart';
import { RateChartView, SendsChart } from './health-charts';
import { SegmentCap } from './segment-cap';

/**
 * A segment's health: weekly sends and outcome rates against their usual band, and drift in
 * words (docs/segment-health.md). It lives on the segment page, never in the monthly review.
 */
export function HealthPanel({ segmentKey, active }: { segmentKey: string; active: boolean }) {
  const health = useSegmentHealth(segmentKey);
  if (health.isPending) return <Loading label="Loading the segment's health…" />;
  if (health.error) return <ErrorState error={health.error} onRetry={() => health.refetch()} />;
  const { rows, rates, empty } = shapeHealth(health.data);
  const { drift, method } = health.data;
  if (empty) {
    return (
      <EmptyState title="No sends or outcomes in the last 12 weeks">
        <p>
          Health shows once the platform reports sends and outcome events (delivered, unsubscribed, complained) for this
          segment's contacts.
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="health-panel">
      {drift.drifting ? (
        <Notice tone="warning" title="This segment has left its usual band">
          <p>{driftInWords(drift)}</p>
        </Notice>
      ) : (
        <p className="health-verdict">{driftInWords(drift)}</p>
      )}
      <SegmentCap segmentKey={segmentKey} active={active} drifting={drift.drifting} />
      <div className="health-grid">
        <SendsChart rows={rows} />
        {rates.map((chart) => (
          <RateChartView key={chart.metric} rows={rows} chart={chart} />
        ))}
      </div>
      <p className="muted">
        The band is the median of the {method.baselineWeeks} weeks before the latest {method.judgedWeeks}, ± three
        scaled median absolute deviations; weeks with fewer than {method.minDelivered} deliveries are neither part of it
        nor judged against it.
      </p>
      <TableWrap label="Health per week">
        <table className="table">
          <caption className="visually-hidden">Sends, deliveries and rates per week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Sends</th>
              <th scope="col">Delivered</th>
              <th scope="col">Unsubscribe rate</th>
              <th scope="col">Complaint rate</th>
            </tr>
          </thead>
          <tbody>
            {[...rows].reverse().map((r) => (
              <tr key={r.weekStart}>
                <th scope="row">{r.label}</th>
                <td>{formatCount(r.sends)}</td>
                <td>
                  {formatCount(r.delivered)}
                  {r.delivered > 0 && !r.enoughVolume ? <span className="muted"> (too few to judge)</span> : null}
                </td>
                <td>{formatPercent(r.unsubscribe)}</td>
                <td>{formatPercent(r.complaint)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
