import { Link } from 'react-router';
import type { WorkflowMatrix } from '#domain/schemas/workflow-views';
import { formatCount } from '#src/lib/format';
import { conflictSentence } from '../utils/conflict-text';
import type { GridCell } from '../utils/matrix-grid';

/** The chosen cell in words: what the workflow does there, what it did, and why it is marked. */
export function CellDetails({ cell, matrix }: { cell: GridCell | null; matrix: WorkflowMatrix }) {
  const workflowName = (id: string) => matrix.workflowInfo.find((w) => w.id === id)?.name ?? id;
  const segmentName = (key: string) => matrix.segmentInfo.find((s) => s.key === key)?.name ?? key;
  return (
    <section className="card cell-details" aria-labelledby="cell-details-title" aria-live="polite">
      <h2 id="cell-details-title">
        {cell ? `${workflowName(cell.workflowId)} · ${segmentName(cell.segmentKey)}` : 'Choose a cell'}
      </h2>
      {cell ? (
        <>
          <dl className="facts">
            <dt>What it does</dt>
            <dd>
              {cell.action === 'none'
                ? 'Stays silent (none)'
                : (cell.action ?? (cell.inAudience ? 'In its audience; no action named' : 'Outside its audience'))}
            </dd>
            <dt>Sends, 30 days</dt>
            <dd>{formatCount(cell.sends30d)}</dd>
            <dt>Held back, 30 days</dt>
            <dd>{formatCount(cell.blocked30d)}</dd>
          </dl>
          {cell.conflicts.length > 0 ? (
            <ul className="plain-list conflict-notes">
              {cell.conflicts.map((c) => (
                <li key={c.kind}>{conflictSentence(c, workflowName, segmentName)}</li>
              ))}
            </ul>
          ) : null}
          <p>
            <Link to={`/workflows/${cell.workflowId}`}>Open {workflowName(cell.workflowId)}</Link>
          </p>
        </>
      ) : (
        <p className="muted">Pick a cell of the grid, or a conflict, to see it here.</p>
      )}
    </section>
  );
}
