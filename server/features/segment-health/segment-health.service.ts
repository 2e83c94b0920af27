import type { SegmentHealth, SegmentHealthQuery } from '#domain/schemas/segment-health';
import { DRIFT_HISTORY_WEEKS, driftOf, JUDGED_WEEKS, MIN_DELIVERED, withRates } from '#domain/segment-health/drift';
import type { Actor } from '#server/core/actor';
import type { DbContext } from '#server/core/db';
import { segmentState } from '#server/features/segments/segments.read';
import { NotFoundError } from '#server/lib/errors';
import * as repo from './segment-health.repo';
import { weekStarts, weeksOf } from './weeks';

/**
 * A segment's health (docs/segment-health.md): weekly sends and outcome rates for the weeks asked
 * for, and drift decided over the last DRIFT_HISTORY_WEEKS whatever span is shown, so the page and
 * the `segment.drift` event agree. Reads the weekly rollup, never the sends or the events.
 */
export async function segmentHealth(
  db: DbContext,
  _actor: Actor,
  { key, weeks }: { key: string } & SegmentHealthQuery,
): Promise<SegmentHealth> {
  if (!(await segmentState(db.conn, key))) throw new NotFoundError('Segment');
  const now = db.clock.now();
  const starts = weekStarts(now, Math.max(weeks, DRIFT_HISTORY_WEEKS));
  const all = weeksOf(starts, await repo.weekRows(db.conn, [key], starts[0] as string)).map(withRates);
  const drift = driftOf(all);
  return {
    segmentKey: key,
    weeks: all.slice(-weeks),
    bands: drift.bands,
    drift: { drifting: drift.drifting, metrics: drift.metrics, findings: drift.findings, summary: drift.summary },
    method: {
      minDelivered: MIN_DELIVERED,
      baselineWeeks: DRIFT_HISTORY_WEEKS - JUDGED_WEEKS,
      judgedWeeks: JUDGED_WEEKS,
    },
  };
}
