/**
 * Dwell statistics for the monthly review. A distribution arrives as a histogram of whole days
 * (how many stays lasted d days), so the server can let the database count and these functions
 * stay pure. Stays that ended are complete; open stays are still running, so an open stay can only
 * be "too long" (past the maximum), never "too short".
 */

export type DayCount = { days: number; count: number };
export type DwellRange = { min: number; max: number };

export type DwellSummary = {
  stays: number;
  ended: number;
  open: number;
  /** Over every stay: ended ones by their length, open ones by their age so far. */
  median: number | null;
  /** Over the stays that ended in the month: the only ones whose full length is known. */
  endedMedian: number | null;
  p25: number | null;
  p75: number | null;
  /** Ended stays shorter than the minimum, as a share of all stays (0–1). */
  shareBelow: number;
  /** Ended or open stays longer than the maximum, as a share of all stays (0–1). */
  shareAbove: number;
};

export type DwellFlag = 'median_below' | 'median_above' | 'share_outside';

/** A segment is flagged when at least this share of its stays lies outside the expected range. */
export const OUTSIDE_SHARE_THRESHOLD = 0.25;

const total = (h: readonly DayCount[]) => h.reduce((s, b) => s + b.count, 0);

/** Adds histograms together, summing counts of equal days; sorted by days. */
export function mergeHistograms(...parts: (readonly DayCount[])[]): DayCount[] {
  const byDay = new Map<number, number>();
  for (const part of parts) for (const b of part) byDay.set(b.days, (byDay.get(b.days) ?? 0) + b.count);
  return [...byDay]
    .filter(([, count]) => count > 0)
    .map(([days, count]) => ({ days, count }))
    .sort((a, b) => a.days - b.days);
}

/**
 * The q-quantile (0–1) by linear interpolation between the two closest ranks, the way
 * PostgreSQL's percentile_cont does it; null for an empty distribution.
 */
export function quantile(histogram: readonly DayCount[], q: number): number | null {
  const sorted = mergeHistograms(histogram);
  const n = total(sorted);
  if (n === 0) return null;
  const rank = q * (n - 1);
  const lower = valueAtRank(sorted, Math.floor(rank));
  const upper = valueAtRank(sorted, Math.ceil(rank));
  return lower + (upper - lower) * (rank - Math.floor(rank));
}

function valueAtRank(sorted: readonly DayCount[], rank: number): number {
  let seen = 0;
  for (const b of sorted) {
    seen += b.count;
    if (rank < seen) return b.days;
  }
  return sorted[sorted.length - 1]?.days ?? 0;
}

export const median = (histogram: readonly DayCount[]) => quantile(histogram, 0.5);

export function summarizeDwell(ended: readonly DayCount[], open: readonly DayCount[], range: DwellRange): DwellSummary {
  const all = mergeHistograms(ended, open);
  const stays = total(all);
  const below = ended.filter((b) => b.days < range.min).reduce((s, b) => s + b.count, 0);
  const above = all.filter((b) => b.days > range.max).reduce((s, b) => s + b.count, 0);
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
  return {
    stays,
    ended: total(ended),
    open: total(open),
    median: round(median(all)),
    endedMedian: round(median(ended)),
    p25: round(quantile(all, 0.25)),
    p75: round(quantile(all, 0.75)),
    shareBelow: stays === 0 ? 0 : below / stays,
    shareAbove: stays === 0 ? 0 : above / stays,
  };
}

/**
 * Why a segment's dwell is an anomaly this month; empty when it is within its expected range.
 * "Too short" is judged on ended stays only: an open stay younger than the minimum is still
 * running (and history that starts mid-stay would otherwise look short). "Too long" counts open
 * stays too, since an open stay past the maximum is already too long.
 */
export function dwellFlags(summary: DwellSummary, range: DwellRange, threshold = OUTSIDE_SHARE_THRESHOLD): DwellFlag[] {
  if (summary.stays === 0) return [];
  const flags: DwellFlag[] = [];
  if (summary.endedMedian !== null && summary.endedMedian < range.min) flags.push('median_below');
  if (summary.median !== null && summary.median > range.max) flags.push('median_above');
  if (summary.shareBelow + summary.shareAbove >= threshold) flags.push('share_outside');
  return flags;
}

export const DWELL_FLAG_LABELS: Record<DwellFlag, string> = {
  median_below: 'Median stay is shorter than expected',
  median_above: 'Median stay is longer than expected',
  share_outside: 'Many stays fall outside the expected range',
};
