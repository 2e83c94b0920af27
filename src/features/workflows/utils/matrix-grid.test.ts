import { describe, expect, it } from 'vitest';
import type { WorkflowMatrix } from '#domain/schemas/workflow-views';
import { cellLabel, heatOf, matrixGrid } from './matrix-grid';

const W1 = '00000000-0000-4000-8000-000000000001';
const W2 = '00000000-0000-4000-8000-000000000002';
const matrix: WorkflowMatrix = {
  segments: ['a', 'b'],
  workflows: [W1, W2],
  cells: [
    { segmentKey: 'a', workflowId: W1, action: 'Hello', inAudience: true, sends30d: 100, blocked30d: 0 },
    { segmentKey: 'b', workflowId: W1, action: 'none', inAudience: true, sends30d: 5, blocked30d: 2 },
    { segmentKey: 'a', workflowId: W2, action: null, inAudience: true, sends30d: 0, blocked30d: 0 },
  ],
  conflicts: [{ kind: 'silence_broken', segmentKey: 'b', workflowIds: [W1], channel: 'email' }],
  segmentInfo: [
    { key: 'a', name: 'A', paused: false },
    { key: 'b', name: 'B', paused: true },
  ],
  workflowInfo: [
    { id: W1, name: 'One', platform: 'braze', channel: 'email', status: 'active' },
    { id: W2, name: 'Two', platform: 'hubspot', channel: 'sms', status: 'paused' },
  ],
};

describe('the matrix grid', () => {
  it('puts every pair in a row per workflow, with blanks, heat and the cell’s conflicts', () => {
    const { segments, rows } = matrixGrid(matrix);
    expect(segments.map((s) => s.name)).toEqual(['A', 'B']);
    expect(rows.map((r) => r.workflow.name)).toEqual(['One', 'Two']);
    expect(rows[0]?.cells.map((c) => [c.heat, c.conflicts.length])).toEqual([
      [4, 0],
      [1, 1],
    ]);
    expect(rows[1]?.cells[1]).toMatchObject({ segmentKey: 'b', inAudience: false, sends30d: 0, heat: 0 });
  });

  it('grades heat by share of the busiest cell', () => {
    expect([0, 1, 25, 26, 50, 75, 100].map((n) => heatOf(n, 100))).toEqual([0, 1, 1, 2, 2, 3, 4]);
    expect(heatOf(3, 0)).toBe(0);
  });

  it('labels a cell by its action', () => {
    expect(rowsLabels()).toEqual(['Hello', 'none', 'in audience', '']);
  });
});

function rowsLabels() {
  const { rows } = matrixGrid(matrix);
  return rows.flatMap((r) => r.cells.map(cellLabel));
}
