import { monthRange } from '#domain/firewall/months';
import { shiftMonth } from '#domain/reviews/months';
import { EXCEPTION_OUTCOMES, type ReviewAgenda, type ReviewExceptionOutcome } from '#domain/schemas/reviews';
import { listExceptions } from '#server/features/exceptions/exceptions.service';
import { suppressedVolume } from '#server/features/firewall/log.service';
import { listOverrideAttempts } from '#server/features/firewall/overrides.service';
import { governanceMetrics } from '#server/features/metrics/metrics.service';
import { listViolations } from '#server/features/violations/violations.service';
import type { Deps } from '#server/http/env';
import { dwellAnomalies } from './dwell.service';
import { gather } from './gather';
import { pressureSection } from './pressure';
import { namesByEmail } from './reviews.repo';

/**
 * The five agenda items for a month, from live data. Each figure comes from the feature that owns
 * it (the same functions behind the metrics, firewall and exceptions endpoints), so the review
 * and those pages can never disagree about a month. Pass a transaction as `deps.db` to read
 * everything at one point in time.
 */
export async function computeAgenda(
  deps: Deps,
  month: string,
  answer: string | null,
  { inTransaction = false } = {},
): Promise<ReviewAgenda> {
  const now = deps.clock.now();
  // governanceMetrics is the metrics endpoint's own function: the review's counts are its counts.
  const range = monthRange(month);
  const [metrics, lastMonth, violations, dwell, suppressed, attempts, filed] = await gather(
    [
      () => governanceMetrics(deps.db, deps.clock, month),
      () => governanceMetrics(deps.db, deps.clock, shiftMonth(month, -1)),
      () => listViolations(deps.db, { month }),
      () => dwellAnomalies(deps.db, month, now, { inTransaction }),
      () => suppressedVolume(deps, month),
      () => listOverrideAttempts(deps, range),
      () => listExceptions(deps.db, null, { month }),
    ] as const,
    !inTransaction,
  );
  const exceptions = filed.filter((e): e is typeof e & { outcome: ReviewExceptionOutcome } => e.outcome !== 'draft');
  const names = await namesByEmail(
    deps.db,
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
