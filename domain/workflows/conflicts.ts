import { isPauseViolation } from '#domain/firewall/decide';
import type { Channel, Pause } from '#domain/schemas/segments';
import { SILENCE } from '#domain/schemas/workflows';

/**
 * Conflicts between workflows and segments (docs/rules.md, "Workflow conflicts"): pure, so the
 * matrix page, the gap report and their tests share one definition.
 */
export const CONFLICT_KINDS = ['overlap', 'paused_target', 'silence_broken'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export const CONFLICT_LABELS: Record<ConflictKind, string> = {
  overlap: 'Two active workflows act on this segment on one channel',
  paused_target: 'The audience includes a segment paused on this channel',
  silence_broken: 'Sends where the workflow’s action is silence',
};

export type MatrixSegment = { key: string; pause: Pause };
export type MatrixWorkflow = {
  id: string;
  channel: Channel | null;
  status: string;
  audience: readonly string[];
  actions: readonly { segmentKey: string; action: string }[];
};
export type CellActivity = { segmentKey: string; workflowId: string; sends30d: number };
export type FoundConflict = { kind: ConflictKind; segmentKey: string; workflowIds: string[]; channel: Channel | null };

/** The action a workflow names for a segment, or null when it names none. */
export const actionFor = (w: MatrixWorkflow, segmentKey: string): string | null =>
  w.actions.find((a) => a.segmentKey === segmentKey)?.action ?? null;

/** Whether the workflow does something (not silence) to contacts in this segment. */
export const actsOn = (w: MatrixWorkflow, segmentKey: string): boolean =>
  w.audience.includes(segmentKey) && actionFor(w, segmentKey) !== SILENCE;

/**
 * Every conflict, in a stable order (kind, then segment in the order given, then workflow):
 * - overlap: two or more active workflows act on one segment on one channel;
 * - paused_target: an active workflow acts on a segment whose pause holds for its channel;
 * - silence_broken: a workflow's sends reached a segment it names `none` for.
 */
export function findConflicts(
  segments: readonly MatrixSegment[],
  workflows: readonly MatrixWorkflow[],
  cells: readonly CellActivity[],
): FoundConflict[] {
  const found: FoundConflict[] = [];
  const active = workflows.filter((w) => w.status === 'active');
  for (const s of segments) {
    const byChannel = new Map<Channel, string[]>();
    for (const w of active) {
      if (!w.channel || !actsOn(w, s.key)) continue;
      byChannel.set(w.channel, [...(byChannel.get(w.channel) ?? []), w.id]);
    }
    for (const [channel, ids] of byChannel) {
      if (ids.length > 1) found.push({ kind: 'overlap', segmentKey: s.key, workflowIds: ids, channel });
    }
  }
  for (const s of segments) {
    for (const w of active) {
      if (!w.channel || !actsOn(w, s.key) || !isPauseViolation(s.pause, w.channel, false)) continue;
      found.push({ kind: 'paused_target', segmentKey: s.key, workflowIds: [w.id], channel: w.channel });
    }
  }
  const byId = new Map(workflows.map((w) => [w.id, w]));
  const order = new Map(segments.map((s, i) => [s.key, i]));
  const broken = cells
    .filter((c) => c.sends30d > 0 && byId.has(c.workflowId))
    .filter((c) => actionFor(byId.get(c.workflowId) as MatrixWorkflow, c.segmentKey) === SILENCE)
    .sort((a, b) => (order.get(a.segmentKey) ?? 0) - (order.get(b.segmentKey) ?? 0));
  for (const c of broken) {
    const w = byId.get(c.workflowId) as MatrixWorkflow;
    found.push({ kind: 'silence_broken', segmentKey: c.segmentKey, workflowIds: [w.id], channel: w.channel });
  }
  return found;
}

/** Active segments that no active workflow acts on: segmentation that never triggers automation. */
export function unusedSegments(segments: readonly MatrixSegment[], workflows: readonly MatrixWorkflow[]): string[] {
  const active = workflows.filter((w) => w.status === 'active');
  return segments.filter((s) => !active.some((w) => actsOn(w, s.key))).map((s) => s.key);
}
