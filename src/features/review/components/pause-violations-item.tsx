import type { ReviewAgenda } from '#domain/schemas/reviews';
import { Badge } from '#src/components/ui/badge';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatDateTime } from '#src/lib/format';

const STATUS_TONE = { open: 'danger', acknowledged: 'warning', resolved: 'success' } as const;

/** Target zero: any violation is red, names its source and shows where fixing the leak stands. */
export function PauseViolationsItem({ section }: { section: ReviewAgenda['pauseViolations'] }) {
  const clean = section.count === 0;
  return (
    <>
      <p className={`big-number ${clean ? 'figure-ok' : 'figure-danger'}`}>
        {section.count} <span>{section.count === 1 ? 'violation' : 'violations'} · target 0</span>
      </p>
      <p>
        {clean
          ? 'No send reached a contact while their segment was paused: pause respected.'
          : 'Each one names its source so the leak can be fixed.'}
      </p>
      {section.items.length > 0 ? (
        <TableWrap label="Pause violations this month">
          <table className="table">
            <caption className="visually-hidden">Pause violations this month</caption>
            <thead>
              <tr>
                <th scope="col">Sent</th>
                <th scope="col">Source</th>
                <th scope="col">Segment</th>
                <th scope="col">Contact</th>
                <th scope="col">Channel</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {section.items.map((v) => (
                <tr key={v.id}>
                  <td className="nowrap">{formatDateTime(v.sentAt)}</td>
                  <th scope="row">{v.source}</th>
                  <td>{v.segment}</td>
                  <td>{v.contactId}</td>
                  <td>{v.channel}</td>
                  <td>
                    <Badge tone={STATUS_TONE[v.status]}>{v.status}</Badge>
                    {v.resolutionNote ? <span className="cell-sub">{v.resolutionNote}</span> : null}
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
