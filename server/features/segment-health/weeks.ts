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
