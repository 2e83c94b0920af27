import type { DwellSegment } from '#domain/schemas/reviews';
import { formatCount } from '#src/lib/format';

export type DwellZone = 'below' | 'within' | 'above';
export type DwellBucket = {
  label: string;
  from: number;
  to: number;
  ended: number;
  open: number;
  zone: DwellZone;
};

const MAX_BUCKETS = 12;
const NICE_WIDTHS = [1, 2, 3, 5, 7, 10, 14, 15, 20, 30, 45, 60, 90, 120, 180, 365];

/**
 * Groups days-in-segment into about a dozen bars of a round width, ended and open stays apart
 * (an open stay is still running, so a short one is not yet an anomaly). Each bar knows whether
 * it lies below, within or above the expected range. Past a year per bar the width stops being round.
 */
export function dwellBuckets(
  histogram: DwellSegment['current']['histogram'],
  expected: DwellSegment['expected'],
): DwellBucket[] {
  if (histogram.length === 0) return [];
  const maxDays = Math.max(...histogram.map((b) => b.days));
  const width = NICE_WIDTHS.find((w) => w * MAX_BUCKETS > maxDays) ?? Math.ceil((maxDays + 1) / MAX_BUCKETS);
  const buckets: DwellBucket[] = [];
  for (let from = 0; from <= maxDays && buckets.length < MAX_BUCKETS; from += width) {
    const to = from + width - 1;
    buckets.push({ label: '', from, to, ended: 0, open: 0, zone: zoneOf(from, to, expected) });
  }
  for (const b of histogram) {
    const bucket = buckets.find((x) => b.days >= x.from && b.days <= x.to);
    if (!bucket) continue;
    bucket.ended += b.ended;
    bucket.open += b.open;
  }
  for (const b of buckets) b.label = b.from === b.to ? `${b.from}` : `${b.from}–${b.to}`;
  return buckets;
}

function zoneOf(from: number, to: number, expected: DwellSegment['expected']): DwellZone {
  if (to < expected.min) return 'below';
  if (from > expected.max) return 'above';
  return 'within';
}

/** The bars the expected range covers, for the shaded band behind them. */
export function expectedBand(buckets: DwellBucket[]): { from: string; to: string } | null {
  const within = buckets.filter((b) => b.zone === 'within');
  if (within.length === 0) return null;
  return { from: within[0]!.label, to: within[within.length - 1]!.label };
}

const monthShort = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
export const shortMonth = (month: string) => monthShort.format(new Date(`${month}-01T00:00:00Z`));

/** Median per month, oldest first, ending with this month. */
export function medianTrend(seg: DwellSegment, month: string) {
  return [
    ...seg.previous.map((p) => ({ month: p.month, label: shortMonth(p.month), median: p.median, stays: p.stays })),
    { month, label: shortMonth(month), median: seg.current.median, stays: seg.current.stays },
  ];
}

/**
 * The trend chart's vertical scale: room above the highest median, and the expected band drawn
 * only as far as that (a 365-day maximum would otherwise flatten every line).
 */
export function trendScale(seg: DwellSegment, month: string): { top: number; band: { y1: number; y2: number } | null } {
  const highest = Math.max(0, ...medianTrend(seg, month).map((p) => p.median ?? 0));
  const top = Math.ceil(Math.max(highest * 1.4, seg.expected.min * 1.2, 10));
  const y1 = Math.min(seg.expected.min, top);
  return { top, band: y1 >= top ? null : { y1, y2: Math.min(seg.expected.max, top) } };
}

const days = (n: number | null) => (n === null ? 'no stays' : `${n} ${n === 1 ? 'day' : 'days'}`);
const pct = (share: number) => `${Math.round(share * 100)}%`;

/** The text alternative for a segment's charts. */
export function dwellSummary(seg: DwellSegment, month: string): string {
  const c = seg.current;
  if (c.stays === 0) return `${seg.name}: no stays ended or were open this month.`;
  const before = medianTrend(seg, month)
    .slice(0, -1)
    .map((p) => `${p.label} ${days(p.median)}`)
    .join(', ');
  return (
    `${seg.name}: median ${days(c.median)} across ${formatCount(c.stays)} stays (${formatCount(c.ended)} ended, ${formatCount(c.open)} open); ` +
    `expected ${seg.expected.min}–${seg.expected.max} days. ${pct(c.shareBelow)} left sooner than expected, ` +
    `${pct(c.shareAbove)} stayed longer. Earlier months: ${before}.`
  );
}
