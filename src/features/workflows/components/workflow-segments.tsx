import type { WorkflowMatrix } from '#domain/schemas/workflow-views';
import type { Workflow } from '#domain/schemas/workflows';
import { Notice } from '#src/components/ui/notice';
import { ErrorState, Loading } from '#src/components/ui/states';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatCount } from '#src/lib/format';
import { useMatrix } from '../api/get-matrix';
import { conflictSentence } from '../utils/conflict-text';

/** What the workflow does per segment and did in 30 days, with the conflicts it is part of. */
export function WorkflowSegments({ workflow }: { workflow: Workflow }) {
  const matrix = useMatrix();
  if (matrix.isPending) return <Loading label="Loading what it does per segment…" />;
  if (matrix.error) return <ErrorState error={matrix.error} onRetry={() => matrix.refetch()} />;
  return <SegmentsTable workflow={workflow} matrix={matrix.data} />;
}

function SegmentsTable({ workflow, matrix }: { workflow: Workflow; matrix: WorkflowMatrix }) {
  const cells = matrix.cells.filter((c) => c.workflowId === workflow.id);
  const segmentName = (key: string) => matrix.segmentInfo.find((s) => s.key === key)?.name ?? key;
  const workflowName = (id: string) => matrix.workflowInfo.find((w) => w.id === id)?.name ?? id;
  const conflicts = matrix.conflicts.filter((c) => c.workflowIds.includes(workflow.id));
  return (
    <>
      {conflicts.length > 0 ? (
        <Notice tone="warning" title={conflicts.length === 1 ? 'A conflict' : `${conflicts.length} conflicts`}>
          <ul className="plain-list">
            {conflicts.map((c) => (
              <li key={`${c.kind}-${c.segmentKey}-${c.channel}`}>{conflictSentence(c, workflowName, segmentName)}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {cells.length === 0 ? (
        <p className="muted">It names no segment, and reached none in the last 30 days.</p>
      ) : (
        <TableWrap label={`What ${workflow.name} does per segment`}>
          <table className="table">
            <caption className="visually-hidden">What {workflow.name} does per segment</caption>
            <thead>
              <tr>
                <th scope="col">Segment</th>
                <th scope="col">What it does</th>
                <th scope="col">Sends, 30 days</th>
                <th scope="col">Held back, 30 days</th>
              </tr>
            </thead>
            <tbody>
              {cells.map((c) => (
                <tr key={c.segmentKey}>
                  <th scope="row">{segmentName(c.segmentKey)}</th>
                  <td>
                    {c.action === 'none' ? (
                      <span className="muted">Silence (none)</span>
                    ) : (
                      (c.action ?? (c.inAudience ? 'In the audience; no action named' : 'Outside its audience'))
                    )}
                  </td>
                  <td>{formatCount(c.sends30d)}</td>
                  <td>{formatCount(c.blocked30d)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
