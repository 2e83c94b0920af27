import type { Conflict, MatrixCell, WorkflowMatrix } from '#domain/schemas/workflow-views';

/** Shapes the matrix for the grid (docs/architecture.md: charts only draw); unit-tested beside it. */

export type GridCell = MatrixCell & {
  /** 0 for no sends, then 1–4 by share of the busiest cell's sends. */
  heat: number;
  conflicts: Conflict[];
};

export type GridRow = { workflow: WorkflowMatrix['workflowInfo'][number]; cells: GridCell[] };

export const conflictKey = (c: Conflict) => `${c.kind}:${c.segmentKey}:${c.channel ?? ''}:${c.workflowIds.join(',')}`;

export function heatOf(sends: number, max: number): number {
  if (sends <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * sends) / max)));
}

/** One row per workflow, one cell per segment in the matrix's order; blanks for untouched pairs. */
export function matrixGrid(m: WorkflowMatrix): { segments: WorkflowMatrix['segmentInfo']; rows: GridRow[] } {
  const byPair = new Map(m.cells.map((c) => [`${c.workflowId} ${c.segmentKey}`, c]));
  const max = Math.max(0, ...m.cells.map((c) => c.sends30d));
  const segments = m.segments.map(
    (key) => m.segmentInfo.find((s) => s.key === key) ?? { key, name: key, paused: false },
  );
  const rows = m.workflows.flatMap((id) => {
    const workflow = m.workflowInfo.find((w) => w.id === id);
    if (!workflow) return [];
    const cells = segments.map((s) => {
      const cell = byPair.get(`${id} ${s.key}`) ?? {
        segmentKey: s.key,
        workflowId: id,
        action: null,
        inAudience: false,
        sends30d: 0,
        blocked30d: 0,
      };
      const conflicts = m.conflicts.filter((c) => c.segmentKey === s.key && c.workflowIds.includes(id));
      return { ...cell, heat: heatOf(cell.sends30d, max), conflicts };
    });
    return [{ workflow, cells }];
  });
  return { segments, rows };
}

/** What a cell shows in a few characters: the action named, "none", "in audience", or nothing. */
export function cellLabel(c: MatrixCell): string {
  if (c.action === 'none') return 'none';
  if (c.action) return c.action;
  return c.inAudience ? 'in audience' : '';
}
