import { monthOf, monthRange } from '#domain/firewall/months';

/** Month arithmetic the review needs on top of the metrics' month ranges (same UTC months). */

/** The month `delta` months away: shiftMonth('2026-01', -1) is '2025-12'. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return monthOf(new Date(Date.UTC(y, m - 1 + delta, 1)));
}

/** The `count` months before `month`, oldest first. */
export function previousMonths(month: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftMonth(month, i - count));
}

export const isFutureMonth = (month: string, now: Date) => month > monthOf(now);

/** "November 2026", for headings and the export. */
export function monthLabel(month: string): string {
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    monthRange(month).from,
  );
}
