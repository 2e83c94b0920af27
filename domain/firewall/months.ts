/** Calendar months in UTC, as the governance metrics and the monthly review count them. */

export type MonthRange = { month: string; from: Date; to: Date };

export function monthOf(d: Date): string {
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** [first instant of the month, first instant of the next month) for a month like 2026-11. */
export function monthRange(month: string): MonthRange {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { month, from: new Date(Date.UTC(y, m - 1, 1)), to: new Date(Date.UTC(y, m, 1)) };
}

/** The given month, or the month `now` falls in. */
export function monthOrCurrent(month: string | undefined, now: Date): MonthRange {
  return monthRange(month ?? monthOf(now));
}

/** The `count` months ending with the one `now` falls in, oldest first. */
export function lastMonths(count: number, now: Date): MonthRange[] {
  const out: MonthRange[] = [];
  for (let i = count - 1; i >= 0; i--) {
    out.push(monthRange(monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1)))));
  }
  return out;
}
