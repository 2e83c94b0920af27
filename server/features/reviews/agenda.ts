import { monthRange } from '#domain/firewall/months';
import { shiftMonth } from '#domain/reviews/months';
import { EXCEPTION_OUTCOMES, type ReviewAgenda, type ReviewExceptionOutcome } from '#domain/schemas/reviews';
import { type DbContext, gather } from '#server/core/db';
import { namesByEmail } from '#server/core/users.read';
import { exceptionsFiledIn } from '#server/features/exceptions/exceptions.read';
import { overrideAttemptsIn, suppressedIn } from '#server/features/firewall/firewall.read';
import { monthCounts } from '#server/features/metrics/metrics.read';
import { violationsIn } from '#server/features/violations/violations.read';
import { dwellAnomalies } from './dwell';
import { pressureSection } from './pressure';

/**
 * The five agenda items for a month, from live data. Each figure comes from the read model of the
 * feature that owns it (the same queries behind the metrics, firewall and exceptions endpoints),
 * so the review and those pages can never disagree about a month. Inside a transaction (a
 * completion) everything is read at one point in time.
 */
export async function computeAgenda(
  db: DbContext,
  { month, answer }: { month: string; answer: string | null },
): Promise<ReviewAgenda> {
  const now = db.clock.now();
  const range = monthRange(month);
  const [metrics, lastMonth, violations, dwell, suppressed, attempts, filed] = await gather(db, [
    () => monthCounts(db.conn, range),
    () => monthCounts(db.conn, monthRange(shiftMonth(month, -1))),
    () => violationsIn(db.conn, { month }),
    () => dwellAnomalies(db, month, now),
    () => suppressedIn(db.conn, range),
    () => overrideAttemptsIn(db.conn, range),
    () => exceptionsFiledIn(db.conn, range),
  ] as const);
  const exceptions = filed.filter((e): e is typeof e & { outcome: ReviewExceptionOutcome } => e.outcome !== 'draft');
  const names = await namesByEmail(
    db.conn,
    attempts.map((a) => a.actor),
  );

  const byOutcome = Object.fromEntries(EXCEPTION_OUTCOMES.map((o) => [o, 0])) as Record<ReviewExceptionOutcome, number>;
  for (const e of exceptions) byOutcome[e.outcome]++;

  return {
    pauseViolations: {
      count: metrics.pauseViolations,
      target: 0,
      items: violations.map((v) => ({
        id: v.id,
        contactId: v.contactId,
        segment: v.segment,
        channel: v.channel,
        sentAt: v.sentAt,
        source: v.source,
        campaignId: v.campaignId,
        status: v.status,
        resolutionNote: v.resolutionNote,
      })),
    },
    dwellAnomalies: dwell,
    suppressedVolume: {
      total: metrics.suppressedContacts,
      lastMonthTotal: lastMonth.suppressedContacts,
      segmentUnsafeAttempts: metrics.segmentUnsafeAttempts,
      items: suppressed.items,
    },
    exceptionRequests: {
      total: exceptions.length,
      byOutcome,
      items: exceptions.map((e) => ({
        id: e.id,
        submittedAt: e.submittedAt ?? e.updatedAt,
        requester: e.requester.name,
        segment: e.segmentName ?? e.segmentKey,
        riskCategory: e.riskCategory,
        outcome: e.outcome,
        proposalId: e.proposalId,
      })),
    },
    pressure: pressureSection(attempts, answer, (label) => names.get(label.toLowerCase()) ?? label),
  };
}
