import {
  ITEM_MINUTES,
  REVIEW_ITEM_LABELS,
  REVIEW_ITEMS,
  REVIEW_MINUTES,
  type ReviewItem,
} from '#domain/reviews/agenda';

const MINUTE = 60_000;
const TOTAL_MS = REVIEW_MINUTES * MINUTE;
const ITEM_MS = ITEM_MINUTES * MINUTE;

export type TimerState =
  | { phase: 'not_started' }
  | {
      phase: 'running' | 'over';
      /** The agenda item whose timebox is running; the last item once time is up. */
      item: ReviewItem;
      itemIndex: number;
      itemRemainingMs: number;
      totalRemainingMs: number;
      /** How far past the half hour, once it is over. */
      overMs: number;
    };

/**
 * Where the review stands, from the moment the timer was started on the server: a reload or a
 * second screen shows the same time because nothing is counted locally.
 */
export function timerState(startedAt: string | null, now: number): TimerState {
  if (!startedAt) return { phase: 'not_started' };
  const elapsed = Math.max(0, now - new Date(startedAt).getTime());
  const last = REVIEW_ITEMS.length - 1;
  if (elapsed >= TOTAL_MS) {
    return {
      phase: 'over',
      item: REVIEW_ITEMS[last]!,
      itemIndex: last,
      itemRemainingMs: 0,
      totalRemainingMs: 0,
      overMs: elapsed - TOTAL_MS,
    };
  }
  const itemIndex = Math.min(last, Math.floor(elapsed / ITEM_MS));
  return {
    phase: 'running',
    item: REVIEW_ITEMS[itemIndex]!,
    itemIndex,
    itemRemainingMs: (itemIndex + 1) * ITEM_MS - elapsed,
    totalRemainingMs: TOTAL_MS - elapsed,
    overMs: 0,
  };
}

/** "05:09" — minutes and seconds, rounded up so the clock never shows 00:00 while time is left. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

const minutes = (ms: number) => {
  const m = Math.ceil(ms / MINUTE);
  return `${m} ${m === 1 ? 'minute' : 'minutes'}`;
};

/**
 * The sentence for the polite live region. It changes at most once a minute, so a screen reader
 * hears the time when it matters and not every second.
 */
export function timerAnnouncement(state: TimerState): string {
  if (state.phase === 'not_started') return 'The timer has not been started.';
  if (state.phase === 'over') return `Time is up: the review has run ${minutes(state.overMs || 1)} over.`;
  return `${REVIEW_ITEM_LABELS[state.item]}: ${minutes(state.itemRemainingMs)} left for this item, ${minutes(
    state.totalRemainingMs,
  )} left in total.`;
}
