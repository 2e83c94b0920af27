import { DRIFT_HISTORY_WEEKS, driftOf, withRates } from '#domain/segment-health/drift';
import type { Actor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import type { DbContext } from '#server/core/db';
import { emitEvent } from '#server/core/events';
import * as repo from './segment-health.repo';
import { weekStarts, weeksOf } from './weeks';

/**
 * Decides drift again for the segments a batch of outcome events touched, inside the batch's
 * transaction: a segment that enters drift is recorded, audited and announced as `segment.drift`
 * once; one that comes back into its band is recorded and audited, and may be announced again
 * when it next leaves it (docs/segment-health.md, "Drift").
 */
export async function recordDrift(tx: DbContext, actor: Actor, segmentKeys: string[]): Promise<void> {
  if (segmentKeys.length === 0) return;
  // Batches never decide at once: one that stored anything has taken the audit chain's lock for its
  // `outcomes.reported` entry and holds it to commit, so the next reads the weeks this one wrote.
  const now = tx.clock.now();
  const starts = weekStarts(now, DRIFT_HISTORY_WEEKS);
  const rows = await repo.weekRows(tx.conn, segmentKeys, starts[0] as string);
  // In key order, so concurrent batches lock the state rows in the same order.
  for (const key of [...segmentKeys].sort()) {
    const drift = driftOf(
      weeksOf(
        starts,
        rows.filter((r) => r.segmentKey === key),
      ).map(withRates),
    );
    const changed = await repo.setDriftState(tx.conn, key, drift.drifting, drift.metrics, now);
    if (!changed || (!changed.existed && !drift.drifting)) continue;
    await recordAudit(tx, actor, {
      action: drift.drifting ? 'segments.drift_entered' : 'segments.drift_left',
      target: { type: 'segment', id: key },
      before: { drifting: !drift.drifting },
      after: { drifting: drift.drifting, metrics: drift.metrics, summary: drift.summary },
    });
    if (drift.drifting) {
      await emitEvent(tx, {
        kind: 'segment.drift',
        path: `/segments/${encodeURIComponent(key)}?tab=health`,
        data: { segmentKey: key, metrics: drift.metrics, summary: drift.summary },
      });
    }
  }
}
