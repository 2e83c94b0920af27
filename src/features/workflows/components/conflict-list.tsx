import type { Conflict, WorkflowMatrix } from '#domain/schemas/workflow-views';
import { CONFLICT_LABELS } from '#domain/workflows/conflicts';
import { conflictSentence } from '../utils/conflict-text';
import { conflictKey } from '../utils/matrix-grid';

/** Every conflict as a button that shows its cell in the grid. */
export function ConflictList({ matrix, onShow }: { matrix: WorkflowMatrix; onShow: (c: Conflict) => void }) {
  const workflowName = (id: string) => matrix.workflowInfo.find((w) => w.id === id)?.name ?? id;
  const segmentName = (key: string) => matrix.segmentInfo.find((s) => s.key === key)?.name ?? key;
  return (
    <section className="card" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">
        {matrix.conflicts.length === 0
          ? 'No conflicts'
          : `${matrix.conflicts.length} ${matrix.conflicts.length === 1 ? 'conflict' : 'conflicts'}`}
      </h2>
      {matrix.conflicts.length === 0 ? (
        <p className="muted">
          No two workflows act on one segment on one channel, none aims at a paused segment, and silence holds.
        </p>
      ) : (
        <ul className="plain-list conflict-list">
          {matrix.conflicts.map((c) => (
            <li key={conflictKey(c)}>
              <button type="button" className="link-button" onClick={() => onShow(c)}>
                {CONFLICT_LABELS[c.kind]}: {segmentName(c.segmentKey)}
              </button>
              <p className="muted">{conflictSentence(c, workflowName, segmentName)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
