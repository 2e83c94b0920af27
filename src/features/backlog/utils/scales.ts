import { SCALE_MAX, SCALE_MIN, URGENCIES, URGENCY_WEIGHTS, type Urgency } from '#domain/backlog/ranking';

/** What each step of the scales means, so that two people rate alike (docs/rules.md, "Backlog"). */
export const VALUE_LABELS: Record<number, string> = {
  1: '1 · little',
  2: '2 · some',
  3: '3 · clear',
  4: '4 · large',
  5: '5 · a great deal',
};

export const EFFORT_LABELS: Record<number, string> = {
  1: '1 · hours',
  2: '2 · a day or two',
  3: '3 · a week',
  4: '4 · a few weeks',
  5: '5 · a quarter',
};

export const URGENCY_LABELS: Record<Urgency, string> = {
  low: `Low (×${URGENCY_WEIGHTS.low})`,
  medium: `Medium (×${URGENCY_WEIGHTS.medium})`,
  high: `High (×${URGENCY_WEIGHTS.high})`,
};

export const STEPS = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);
export { URGENCIES };
