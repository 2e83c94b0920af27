import { RISK_LABELS } from '#domain/exceptions/terms';
import type { ReviewAgenda } from '#domain/schemas/reviews';
import { Badge } from '#src/components/ui/badge';
import { HorizontalBarChart } from '#src/components/ui/horizontal-bar-chart';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatDate } from '#src/lib/format';
import { barsText, OUTCOME_LABELS, outcomeBars } from '../utils/count-bars';

const TONE = { withdrawn: 'success', logic_review: 'info', approved: 'neutral', rejected: 'neutral' } as const;
const riskLabel = (r: string | null) =>
  r && Object.hasOwn(RISK_LABELS, r) ? RISK_LABELS[r as keyof typeof RISK_LABELS] : (r ?? '—');

/** A withdrawn request stopped at the protocol, correctly: shown as the system working. */
export function ExceptionsItem({ section }: { section: ReviewAgenda['exceptionRequests'] }) {
  const bars = outcomeBars(section.byOutcome);
  return (
    <>
      <p>
        <strong>{section.total}</strong> exception {section.total === 1 ? 'request' : 'requests'} filed. Exceptions
        change logic, never bypass it.
      </p>
      {section.total > 0 ? (
        <HorizontalBarChart
          title="By outcome"
          data={bars.map((b) => ({ label: b.label, value: b.count }))}
          labelWidth={160}
          summary={`Exception requests by outcome: ${barsText(bars, 'exception requests')}`}
        />
      ) : (
        <p className="muted">No exception requests were filed this month.</p>
      )}
      {section.items.length > 0 ? (
        <TableWrap label="Exception requests this month">
          <table className="table">
            <caption className="visually-hidden">Exception requests this month</caption>
            <thead>
              <tr>
                <th scope="col">Filed</th>
                <th scope="col">Segment</th>
                <th scope="col">Risk named</th>
                <th scope="col">Requester</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {section.items.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{formatDate(e.submittedAt)}</td>
                  <th scope="row">{e.segment ?? '—'}</th>
                  <td>{riskLabel(e.riskCategory)}</td>
                  <td>{e.requester}</td>
                  <td>
                    <Badge tone={TONE[e.outcome]}>{OUTCOME_LABELS[e.outcome]}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </>
  );
}
