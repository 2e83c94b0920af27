import dagre from '@dagrejs/dagre';
import type { Journey } from '#domain/schemas/workflow-views';

/**
 * The journey map's geometry: dagre places the states (top to bottom, in the order members move,
 * so the drawing fits a page's width and a phone's) and routes the edges; the diagram only draws
 * what this returns (unit-tested beside it).
 */

export const NODE_WIDTH = 200;
const LINE = 18;
const MAX_WORKFLOWS_SHOWN = 3;

export type LaidNode = Journey['states'][number] & {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The workflow names drawn in the box; the rest are counted. */
  shown: string[];
  more: number;
};

export type LaidEdge = Journey['edges'][number] & {
  points: { x: number; y: number }[];
  label: { x: number; y: number };
  strokeWidth: number;
};

export type JourneyLayout = { width: number; height: number; nodes: LaidNode[]; edges: LaidEdge[] };

export function layoutJourney(journey: Journey): JourneyLayout {
  const g = new dagre.graphlib.Graph<Record<string, unknown>, { width: number; height: number }>({ multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 48, ranksep: 64, edgesep: 24, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  const nameOf = new Map(journey.workflows.map((w) => [w.id, w.name]));
  const boxes = new Map<string, { shown: string[]; more: number; height: number }>();
  for (const s of journey.states) {
    const names = s.workflowIds.map((id) => nameOf.get(id) ?? id);
    const shown = names.slice(0, MAX_WORKFLOWS_SHOWN);
    const more = names.length - shown.length;
    const height = 2 * LINE + 16 + (shown.length + (more > 0 ? 1 : 0)) * LINE;
    boxes.set(s.key, { shown, more, height });
    g.setNode(s.key, { width: NODE_WIDTH, height });
  }
  for (const e of journey.edges) g.setEdge(e.from, e.to, { width: 44, height: LINE, labelpos: 'c' });
  dagre.layout(g);

  const max = Math.max(1, ...journey.edges.map((e) => e.observed30d));
  const nodes = journey.states.map((s) => {
    const n = g.node(s.key) as { x: number; y: number; width: number; height: number };
    const { shown = [], more = 0 } = boxes.get(s.key) ?? {};
    return { ...s, x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height, shown, more };
  });
  const edges = journey.edges.map((e) => {
    const laid = g.edge(e.from, e.to) as { points?: { x: number; y: number }[]; x?: number; y?: number };
    const points = laid.points ?? [];
    const middle = points[Math.floor(points.length / 2)] ?? { x: 0, y: 0 };
    return {
      ...e,
      points,
      label: { x: laid.x ?? middle.x, y: laid.y ?? middle.y },
      strokeWidth: e.observed30d === 0 ? 1 : 1.5 + (4.5 * e.observed30d) / max,
    };
  });
  const graph = g.graph() as { width?: number; height?: number };
  return { width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0), nodes, edges };
}

/** An SVG path through the edge's points. */
export const pathOf = (points: { x: number; y: number }[]) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
