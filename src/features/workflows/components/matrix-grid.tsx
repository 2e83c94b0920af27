import { Link } from 'react-router';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatCount } from '#src/lib/format';
import { channelName } from '#src/shared/labels/channel-name';
import type { useGridFocus } from '../hooks/use-grid-focus';
import { cellLabel, type GridCell, type GridRow } from '../utils/matrix-grid';

type Props = {
  segments: { key: string; name: string; paused: boolean }[];
  rows: GridRow[];
  selected: GridCell | null;
  onSelect: (cell: GridCell) => void;
  focus: ReturnType<typeof useGridFocus>;
};

/**
 * Workflows down, segments across; each cell shaded by its sends in the last 30 days and marked
 * when it is part of a conflict. Every cell is a button: Tab reaches the grid, the arrow keys move
 * in it, Enter shows the cell's details.
 */
export function MatrixGrid({ segments, rows, selected, onSelect, focus }: Props) {
  return (
    <TableWrap className="matrix-wrap" label="Workflows by segment">
      <table className="matrix">
        <caption className="visually-hidden">
          Workflows by segment: what each does there and its sends in the last 30 days. Use the arrow keys to move
          between cells.
        </caption>
        <thead>
          <tr>
            <th scope="col">Workflow</th>
            {segments.map((s) => (
              <th scope="col" key={s.key}>
                {s.name}
                {s.paused ? <span className="cell-sub">paused</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.workflow.id}>
              <th scope="row">
                <Link to={`/workflows/${row.workflow.id}`}>{row.workflow.name}</Link>
                <span className="cell-sub">
                  {row.workflow.channel ? channelName(row.workflow.channel) : 'channel not known'}
                  {row.workflow.status !== 'active' ? ` · ${row.workflow.status}` : ''}
                </span>
              </th>
              {row.cells.map((cell, c) => {
                const conflicted = cell.conflicts.length > 0;
                const label = cellLabel(cell);
                const isSelected = selected?.workflowId === cell.workflowId && selected.segmentKey === cell.segmentKey;
                return (
                  <td key={cell.segmentKey} className={`heat-${cell.heat}${conflicted ? ' conflicted' : ''}`}>
                    <button
                      type="button"
                      className="matrix-cell"
                      aria-pressed={isSelected}
                      aria-label={describe(row, segments[c]?.name ?? cell.segmentKey, cell)}
                      onClick={() => onSelect(cell)}
                      {...focus.cellProps(r, c)}
                    >
                      {conflicted ? (
                        <span className="conflict-mark" aria-hidden="true">
                          !
                        </span>
                      ) : null}
                      <span className="cell-action">{label}</span>
                      {cell.sends30d > 0 ? <span className="cell-count">{formatCount(cell.sends30d)}</span> : null}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function describe(row: GridRow, segment: string, cell: GridCell): string {
  const what = cellLabel(cell) || 'nothing named';
  const conflicts = cell.conflicts.length > 0 ? `, ${cell.conflicts.length} conflict` : '';
  return `${row.workflow.name} for ${segment}: ${what}, ${cell.sends30d} sends, ${cell.blocked30d} held back${conflicts}`;
}
