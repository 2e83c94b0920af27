import type { DwellSegment } from '../../../../domain/schemas/reviews';
import { formatCount } from '../../../lib/format';

export type DwellZone = 'below' | 'within' | 'above';
export type DwellBucket = { label: string; from: number; to: number | null; count: number; zone: DwellZone };

const MAX_BUCKETS = 14;

/**
 * Groups days-in-segment into bars aligned on the expected minimum, about four bars across the
 * expected range, so a glance shows how much of the distribution sits inside it. The long tail
 * is folded into one last "or more" bar.
 */
export function dwellBuckets(
  histogram: DwellSegment['current']['histogram'],
  expected: DwellSegment['expected'],
): DwellBucket[] {
  if (histogram.length === 0) return [];
  const width = Math.max(1, Math.ceil((expected.max - expected.min + 1) / 4));
  const maxDays = Math.max(...histogram.map((b) => b.days), expected.max);
  // The first bucket starts at 0, possibly narrower, so the others line up with the minimum.
  const firstStart = expected.min % width === 0 ? 0 : -(width - (expected.min % width));
  const buckets: DwellBucket[] = [];
  for (let start = firstStart; start <= maxDays; start += width) {
    const from = Math.max(0, start);
    const to = start + width - 1;
    buckets.push({
      label: '',
      from,
      to,
      count: 0,
      zone: to < expected.min ? 'below' : from > expected.max ? 'above' : 'within',
    });
  }
  if (buckets.length > MAX_BUCKETS) {
    const tail = buckets.splice(MAX_BUCKETS - 1);
    buckets.push({ ...tail[0]!, to: null, zone: tail[0]!.zone });
  }
  for (const b of histogram) {
    const bucket = buckets.find((x) => b.days >= x.from && (x.to === null || b.days <= x.to));
    if (bucket) bucket.count += b.count;
  }
  for (const b of buckets) b.label = b.to === null ? `${b.from}+` : b.from === b.to ? `${b.from}` : `${b.from}–${b.to}`;
  return buckets;
}

const monthShort = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
export const shortMonth = (month: string) => monthShort.format(new Date(`${month}-01T00:00:00Z`));

/** Median per month, oldest first, with the expected range to draw as a band. */
export function medianTrend(seg: DwellSegment, month: string) {
  return [
    ...seg.previous.map((p) => ({ month: p.month, label: shortMonth(p.month), median: p.median, stays: p.stays })),
    { month, label: shortMonth(month), median: seg.current.median, stays: seg.current.stays },
  ];
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
