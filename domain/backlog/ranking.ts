/**
 * The backlog's suggested order (docs/rules.md, "Backlog"): expected value divided by effort,
 * weighted by urgency. Value and effort are on a 1–5 scale, urgency on three steps; the score runs
 * from 0.2 (value 1, effort 5, low urgency) to 10 (value 5, effort 1, high urgency). Equal scores
 * keep the order the items were filed in (then their id), so the same backlog always gives the
 * same suggestion.
 */

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export const URGENCIES = ['low', 'medium', 'high'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** How much sooner an urgent item should come: a high one counts double. */
export const URGENCY_WEIGHTS: Record<Urgency, number> = { low: 1, medium: 1.5, high: 2 };

export type Rankable = { id: string; value: number; effort: number; urgency: Urgency; createdAt: string };

/** The score, rounded to two decimals so that what is shown is what is compared. */
export function scoreOf(item: Pick<Rankable, 'value' | 'effort' | 'urgency'>): number {
  return Math.round(((item.value * URGENCY_WEIGHTS[item.urgency]) / item.effort) * 100) / 100;
}

/** The score's working in words: "value 4 × 2 (high urgency) ÷ effort 2 = 4". */
export function explainScore(item: Pick<Rankable, 'value' | 'effort' | 'urgency'>): string {
  return `value ${item.value} × ${URGENCY_WEIGHTS[item.urgency]} (${item.urgency} urgency) ÷ effort ${item.effort} = ${scoreOf(item)}`;
}

/** The items in suggested order: highest score first, then first filed, then by id. */
export function suggestedOrder<T extends Rankable>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      scoreOf(b) - scoreOf(a) || a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
