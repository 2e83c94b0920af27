import { Link } from 'react-router';
import type { Workflow } from '#domain/schemas/workflows';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatDateTime } from '#src/lib/format';
import { channelName } from '#src/shared/labels/channel-name';
import { PLATFORM_NAMES, STATUS_NAMES } from '../utils/labels';
import { GateBadge } from './gate-badge';

export function WorkflowsTable({
  workflows,
  segmentNames,
}: {
  workflows: Workflow[];
  segmentNames: Map<string, string>;
}) {
  return (
    <TableWrap label="Workflows, by name">
      <table className="table workflows-table">
        <caption className="visually-hidden">Workflows, by name</caption>
        <thead>
          <tr>
            <th scope="col">Workflow</th>
            <th scope="col">Platform</th>
            <th scope="col">Channel</th>
            <th scope="col">Audience</th>
            <th scope="col">Status</th>
            <th scope="col">Gate</th>
            <th scope="col">Last check</th>
          </tr>
        </thead>
        <tbody>
          {workflows.map((w) => (
            <tr key={w.id}>
              <th scope="row">
                <Link to={`/workflows/${w.id}`}>{w.name}</Link>
                {w.trigger ? <span className="cell-sub">{w.trigger}</span> : null}
              </th>
              <td>{PLATFORM_NAMES[w.platform]}</td>
              <td>{w.channel ? channelName(w.channel) : <span className="muted">Unknown</span>}</td>
              <td>
                {w.audience.length > 0 ? (
                  w.audience.map((k) => segmentNames.get(k) ?? k).join(', ')
                ) : (
                  <span className="muted">No segment</span>
                )}
              </td>
              <td>{STATUS_NAMES[w.status]}</td>
              <td>
                <GateBadge gate={w.gate} />
                {w.gate.ungatedSends30d > 0 ? (
                  <span className="cell-sub">{w.gate.ungatedSends30d} sends without a check</span>
                ) : null}
              </td>
              <td className="nowrap">{w.gate.lastCheckAt ? formatDateTime(w.gate.lastCheckAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
