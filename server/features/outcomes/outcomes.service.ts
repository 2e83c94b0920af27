import { OUTCOME_TYPES, type OutcomesInput } from '#domain/schemas/pilots';
import type { Actor } from '#server/core/actor';
import { recordAudit } from '#server/core/audit';
import { type DbContext, transaction } from '#server/core/db';
import { recordDrift } from '#server/features/segment-health/drift.service';
import { invalid } from '#server/lib/errors';
import * as repo from './outcomes.repo';

/** An event may be stamped a little ahead of this server's clock, not more. */
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * What happened after sends, from the platform (docs/pilots.md, "Outcome events"): stored once per
 * event id, each batch that stored anything audited once, and the running pilots' tallies and
 * the segments' weekly outcomes kept in the same statement; the segments touched are then
 * checked for drift in the same transaction (docs/segment-health.md).
 */
export async function reportOutcomes(db: DbContext, actor: Actor, input: OutcomesInput) {
  const now = db.clock.now();
  const latest = now.getTime() + FUTURE_SLACK_MS;
  const issues = input.events.flatMap((e, i) =>
    Date.parse(e.at) > latest
      ? [{ path: ['events', i, 'at'], message: 'In the future: report what has happened' }]
      : [],
  );
  if (issues.length > 0) throw invalid(issues.slice(0, 20));
  let from = Number.POSITIVE_INFINITY;
  let to = Number.NEGATIVE_INFINITY;
  const rows: repo.OutcomeRow[] = input.events.map((e) => {
    const at = Date.parse(e.at);
    from = Math.min(from, at);
    to = Math.max(to, at);
    return {
      i: e.eventId,
      c: e.contactId,
      t: OUTCOME_TYPES.indexOf(e.type),
      a: new Date(at).toISOString(),
      g: e.campaignId ?? null,
      wp: e.workflow?.platform ?? null,
      wx: e.workflow?.externalId ?? null,
    };
  });
  return transaction(db, async (tx) => {
    const stored = await repo.insertOutcomes(tx.conn, rows, now);
    const duplicates = rows.length - stored.accepted;
    if (stored.accepted > 0) {
      const byType = Object.fromEntries(
        Object.entries(stored.byType).map(([t, n]) => [OUTCOME_TYPES[Number(t)] ?? t, n]),
      );
      await recordAudit(tx, actor, {
        action: 'outcomes.reported',
        target: { type: 'outcome_batch', id: null },
        after: {
          accepted: stored.accepted,
          duplicates,
          byType,
          tallied: stored.tallied,
          from: new Date(from).toISOString(),
          to: new Date(to).toISOString(),
          segments: stored.segments,
        },
      });
    }
    await recordDrift(tx, actor, stored.segments);
    return { accepted: stored.accepted, duplicates };
  });
}
