import { useState } from 'react';
import type { Conflict } from '#domain/schemas/workflow-views';
import { PageHeader } from '#src/components/ui/page-header';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { useMatrix } from './api/get-matrix';
import { CellDetails } from './components/cell-details';
import { ConflictList } from './components/conflict-list';
import { MatrixGrid } from './components/matrix-grid';
import { WorkflowViewsNav } from './components/views-nav';
import { useGridFocus } from './hooks/use-grid-focus';
import { type GridCell, matrixGrid } from './utils/matrix-grid';
import './workflows.css';

export default function MatrixPage() {
  const matrix = useMatrix();
  return (
    <>
      <PageHeader
        title="Segments × workflows"
        description="What each workflow does for each current segment, how much it sent there in the last 30 days (darker is more), and where they conflict."
      />
      <WorkflowViewsNav />
      {matrix.isPending ? <Loading label="Loading the matrix…" /> : null}
      {matrix.error ? <ErrorState error={matrix.error} onRetry={() => matrix.refetch()} /> : null}
      {matrix.data ? <MatrixView matrix={matrix.data} /> : null}
    </>
  );
}

function MatrixView({ matrix }: { matrix: NonNullable<ReturnType<typeof useMatrix>['data']> }) {
  const { segments, rows } = matrixGrid(matrix);
  const focus = useGridFocus(rows.length, segments.length);
  const [selected, setSelected] = useState<GridCell | null>(null);
  if (rows.length === 0)
    return <EmptyState title="No workflows yet">Add or import the platform’s workflows first.</EmptyState>;
  const show = (c: Conflict) => {
    const r = rows.findIndex((row) => row.workflow.id === c.workflowIds[0]);
    const s = segments.findIndex((seg) => seg.key === c.segmentKey);
    const cell = rows[r]?.cells[s];
    if (!cell) return;
    setSelected(cell);
    focus.moveTo(r, s);
  };
  return (
    <>
      <div className="matrix-legend" aria-hidden="true">
        <span>Sends in 30 days:</span>
        {[0, 1, 2, 3, 4].map((h) => (
          <span key={h} className={`legend-swatch heat-${h}`}>
            {h === 0 ? 'none' : h === 4 ? 'most' : ''}
          </span>
        ))}
        <span className="legend-conflict">! conflict</span>
      </div>
      <MatrixGrid segments={segments} rows={rows} selected={selected} onSelect={setSelected} focus={focus} />
      <div className="grid">
        <ConflictList matrix={matrix} onShow={show} />
        <CellDetails cell={selected} matrix={matrix} />
      </div>
    </>
  );
}
