import { csvCell } from '#domain/csv/csv';
import type { WorkflowGaps, WorkflowMatrix } from '#domain/schemas/workflow-views';
import { actionFor, findConflicts, type MatrixWorkflow, unusedSegments } from '#domain/workflows/conflicts';
import type { Actor } from '#server/core/actor';
import { type DbContext, gather } from '#server/core/db';
import { currentSegments } from '#server/features/segments/segments.read';
import { cellCounts, violationCounts } from './activity.repo';
import { gatesAt } from './workflows.read';
import * as repo from './workflows.repo';

const WINDOW_MS = 30 * 86_400_000;

/** Active segments in evaluation order, workflows not archived, and what they did in 30 days. */
async function loadMatrix(db: DbContext) {
  const now = db.clock.now();
  const from = new Date(now.getTime() - WINDOW_MS);
  const [segments, rows, counts] = await gather(db, [
    () => currentSegments(db.conn),
    () => repo.listWorkflows(db.conn),
    () => cellCounts(db.conn, from, now),
  ]);
  const active = segments.filter((s) => s.status === 'active');
  const listed = rows.filter((r) => r.workflow.status !== 'archived').map((r) => r.workflow);
  const matrixSegments = active.map((s) => ({ key: s.key, name: s.name, pause: s.definition.pause }));
  const matrixWorkflows: (MatrixWorkflow & { name: string; platform: repo.WorkflowRow['platform'] })[] = listed;
  return { now, from, segments: matrixSegments, workflows: matrixWorkflows, counts };
}

type Loaded = Awaited<ReturnType<typeof loadMatrix>>;

/**
 * The segment × workflow matrix (docs/api.md, "Workflows"): a cell wherever a workflow names a
 * segment or acted on it in the last 30 days, and every conflict between them.
 */
export async function workflowMatrix(db: DbContext, _actor: Actor): Promise<WorkflowMatrix> {
  return matrixOf(await loadMatrix(db));
}

function matrixOf({ segments, workflows, counts }: Loaded): WorkflowMatrix {
  const segmentKeys = new Set(segments.map((s) => s.key));
  const byCell = new Map(counts.map((c) => [`${c.workflowId} ${c.segmentKey}`, c]));
  const cells: WorkflowMatrix['cells'] = [];
  for (const w of workflows) {
    for (const s of segments) {
      const c = byCell.get(`${w.id} ${s.key}`);
      const inAudience = w.audience.includes(s.key);
      const action = actionFor(w, s.key);
      if (!inAudience && !c) continue;
      cells.push({
        segmentKey: s.key,
        workflowId: w.id,
        action,
        inAudience,
        sends30d: c?.sends30d ?? 0,
        blocked30d: c?.blocked30d ?? 0,
      });
    }
  }
  const conflicts = findConflicts(
    segments,
    workflows,
    cells.filter((c) => segmentKeys.has(c.segmentKey)),
  );
  return {
    segments: segments.map((s) => s.key),
    workflows: workflows.map((w) => w.id),
    cells,
    conflicts,
    segmentInfo: segments.map((s) => ({ key: s.key, name: s.name, paused: s.pause.paused })),
    workflowInfo: workflows.map((w) => ({
      id: w.id,
      name: w.name,
      platform: w.platform,
      channel: w.channel,
      status: w.status as WorkflowMatrix['workflowInfo'][number]['status'],
    })),
  };
}

/**
 * The gap report (seed 001, phase 1): workflows that send without asking the firewall, workflows
 * that ignore segmentation, segments no workflow acts on, overlaps, and workflows whose sends
 * became pause violations.
 */
export async function workflowGaps(db: DbContext, _actor: Actor): Promise<WorkflowGaps> {
  return (await gapsAndMatrix(db)).gaps;
}

async function gapsAndMatrix(db: DbContext): Promise<{ gaps: WorkflowGaps; matrix: WorkflowMatrix }> {
  const loaded = await loadMatrix(db);
  const matrix = matrixOf(loaded);
  const { now, from, segments, workflows } = loaded;
  const [gates, violations] = await gather(db, [
    () =>
      gatesAt(
        db.conn,
        workflows.map((w) => w.id),
        now,
      ),
    () => violationCounts(db.conn, from, now),
  ]);
  const byId = new Map(workflows.map((w) => [w.id, w]));
  const named = (id: string) => {
    const w = byId.get(id) as (typeof workflows)[number];
    return { workflowId: w.id, name: w.name, platform: w.platform };
  };
  const ungated = workflows
    .filter((w) => gates.get(w.id)?.status === 'ungated')
    .map((w) => ({
      ...named(w.id),
      ungatedSends30d: gates.get(w.id)?.ungatedSends30d ?? 0,
      lastCheckAt: gates.get(w.id)?.lastCheckAt ?? null,
    }));
  const withoutSegment = workflows
    .filter((w) => (w.status === 'active' || w.status === 'discovered') && w.audience.length === 0)
    .map((w) => ({ ...named(w.id), status: w.status as 'active' | 'discovered' }));
  const names = new Map(segments.map((s) => [s.key, s.name]));
  const unused = unusedSegments(segments, workflows).map((key) => ({ segmentKey: key, name: names.get(key) ?? key }));
  const overlaps = matrix.conflicts.filter((c) => c.kind === 'overlap');
  const violating = violations
    .filter((v) => byId.has(v.workflowId))
    .map((v) => ({ ...named(v.workflowId), violations30d: v.violations30d, open: v.open }));
  const total = ungated.length + withoutSegment.length + unused.length + overlaps.length + violating.length;
  return { gaps: { ungated, withoutSegment, unusedSegments: unused, overlaps, violating, total }, matrix };
}

const CSV_COLUMNS = ['finding', 'workflow', 'platform', 'segment', 'channel', 'detail'];

/** The gap report as CSV: one row per finding, for a spreadsheet or a ticket. */
export async function workflowGapsCsv(db: DbContext, _actor: Actor): Promise<string> {
  const { gaps, matrix } = await gapsAndMatrix(db);
  const nameOf = new Map(matrix.workflowInfo.map((w) => [w.id, w]));
  const rows: string[][] = [
    ...gaps.ungated.map((g) => [
      'ungated',
      g.name,
      g.platform,
      '',
      '',
      `${g.ungatedSends30d} sends in 30 days without a check before them; last check ${g.lastCheckAt ?? 'never'}`,
    ]),
    ...gaps.withoutSegment.map((g) => ['without_segment', g.name, g.platform, '', '', `status ${g.status}`]),
    ...gaps.unusedSegments.map((s) => [
      'unused_segment',
      '',
      '',
      s.segmentKey,
      '',
      `${s.name}: no workflow acts on it`,
    ]),
    ...gaps.overlaps.map((o) => [
      'overlap',
      o.workflowIds.map((id) => nameOf.get(id)?.name ?? id).join('; '),
      [...new Set(o.workflowIds.map((id) => nameOf.get(id)?.platform ?? ''))].join('; '),
      o.segmentKey,
      o.channel ?? '',
      `${o.workflowIds.length} active workflows act on it on one channel`,
    ]),
    ...gaps.violating.map((v) => [
      'violating',
      v.name,
      v.platform,
      '',
      '',
      `${v.violations30d} pause violations in 30 days, ${v.open} open`,
    ]),
  ];
  return `${[CSV_COLUMNS, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
