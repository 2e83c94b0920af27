import type { WeekCounts } from '#domain/segment-health/drift';
import type { WeekOutcomeRow } from './segment-health.repo';

const DAY_MS = 86_400_000;

/** The Monday (UTC) of the ISO week holding `at`, as YYYY-MM-DD. */
export function weekStartOf(at: Date): string {
  const day = (at.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - day)).toISOString().slice(0, 10);
}

/** The Mondays of the `count` ISO weeks ending with the one holding `now`, oldest first. */
export function weekStarts(now: Date, count: number): string[] {
  const last = Date.parse(`${weekStartOf(now)}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) =>
    new Date(last - (count - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10),
  );
}

/** Each week of the span with its counts, zero where nothing was recorded. */
export function weeksOf(starts: string[], rows: WeekOutcomeRow[]): WeekCounts[] {
  const byWeek = new Map(rows.map((o) => [o.week, o]));
  return starts.map((weekStart) => {
    const o = byWeek.get(weekStart);
    return {
      weekStart,
      sends: o?.sends ?? 0,
      delivered: o?.delivered ?? 0,
      unsubscribed: o?.unsubscribed ?? 0,
      complained: o?.complained ?? 0,
    };
  });
}
