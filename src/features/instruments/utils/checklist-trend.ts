import { shiftMonth } from '#domain/reviews/months';

export type TrendInput = { month: string; score: number };
export type TrendPoint = { month: string; label: string; score: number | null };

// Fixed abbreviations: the locale data of one runtime abbreviates September differently from another's.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const short = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(2, 4)}`;

/**
 * The chart's months: the `count` months up to `last`, oldest first, each with its saved score,
 * or null for a month nobody scored (a gap in the line, not a zero).
 */
export function checklistTrend(items: readonly TrendInput[], last: string, count = 12): TrendPoint[] {
  const scores = new Map(items.map((i) => [i.month, i.score]));
  return Array.from({ length: count }, (_, i) => {
    const month = shiftMonth(last, i - count + 1);
    return { month, label: short(month), score: scores.get(month) ?? null };
  });
}
