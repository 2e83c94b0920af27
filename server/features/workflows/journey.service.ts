import type { Journey } from '#domain/schemas/workflow-views';
import { actsOn } from '#domain/workflows/conflicts';
import type { Actor } from '#server/core/actor';
import { type DbContext, gather } from '#server/core/db';
import { currentSegments, memberCounts } from '#server/features/segments/segments.read';
import { observedTransitions } from './activity.repo';
import * as repo from './workflows.repo';

const WINDOW_MS = 30 * 86_400_000;

/**
 * The journey map (seed 001, phase 2): the segment state machine with active segments as states,
 * each segment's allowed transitions as edges weighted by the moves observed in the last 30
 * days, observed moves that no transition allows as edges of their own (allowed: false), and the
 * active workflows attached to the states they act on.
 */
export async function journeyMap(db: DbContext, _actor: Actor): Promise<Journey> {
  const now = db.clock.now();
  const [segments, members, rows, moves] = await gather(db, [
    () => currentSegments(db.conn),
    () => memberCounts(db.conn),
    () => repo.listWorkflows(db.conn, { status: 'active' }),
    () => observedTransitions(db.conn, new Date(now.getTime() - WINDOW_MS), now),
  ]);
  const states = segments.filter((s) => s.status === 'active');
  const keys = new Set(states.map((s) => s.key));
  const workflows = rows.map((r) => r.workflow);
  const observed = new Map(moves.map((m) => [`${m.from} ${m.to}`, m.count]));
  const edges: Journey['edges'] = [];
  for (const s of states) {
    for (const to of s.definition.transitions) {
      if (!keys.has(to) || to === s.key) continue;
      edges.push({ from: s.key, to, allowed: true, observed30d: observed.get(`${s.key} ${to}`) ?? 0 });
      observed.delete(`${s.key} ${to}`);
    }
  }
  for (const m of moves) {
    if (!observed.has(`${m.from} ${m.to}`) || !keys.has(m.from) || !keys.has(m.to)) continue;
    edges.push({ from: m.from, to: m.to, allowed: false, observed30d: m.count });
  }
  return {
    states: states.map((s) => ({
      key: s.key,
      name: s.name,
      paused: s.definition.pause.paused,
      members: members.get(s.key) ?? 0,
      workflowIds: workflows.filter((w) => actsOn(w, s.key)).map((w) => w.id),
    })),
    edges,
    workflows: workflows
      .filter((w) => states.some((s) => actsOn(w, s.key)))
      .map((w) => ({ id: w.id, name: w.name, platform: w.platform, channel: w.channel, status: w.status })),
  };
}
