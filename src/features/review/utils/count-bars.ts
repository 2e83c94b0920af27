import { REVIEW_EXCEPTION_OUTCOMES as EXCEPTION_OUTCOMES } from '#domain/reviews/agenda';
import type { ReviewAgenda, ReviewExceptionOutcome } from '#domain/schemas/reviews';
import { formatCount } from '#src/lib/format';

export type CountBar = { label: string; count: number };

/** Groups for a bar chart, largest first; a missing key gets a readable name instead of "null". */
export function countBars(items: { key: string | null; count: number }[], missing: string): CountBar[] {
  return items
    .filter((i) => i.count > 0)
    .map((i) => ({ label: i.key ?? missing, count: i.count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export function barsText(bars: CountBar[], what: string): string {
  if (bars.length === 0) return `No ${what}.`;
  return `${bars.map((b) => `${b.label}: ${formatCount(b.count)}`).join('; ')}.`;
}

/** Withdrawn first: a request that stopped at the protocol is the protocol working. */
export const OUTCOME_LABELS: Record<ReviewExceptionOutcome, string> = {
  withdrawn: 'Withdrawn',
  logic_review: 'In logic review',
  approved: 'Approved',
  rejected: 'Rejected',
};

export function outcomeBars(byOutcome: ReviewAgenda['exceptionRequests']['byOutcome']): (CountBar & {
  outcome: ReviewExceptionOutcome;
})[] {
  return EXCEPTION_OUTCOMES.map((o) => ({ outcome: o, label: OUTCOME_LABELS[o], count: byOutcome[o] }));
}
