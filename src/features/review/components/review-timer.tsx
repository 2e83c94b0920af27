import { ITEM_MINUTES, REVIEW_ITEM_LABELS, REVIEW_MINUTES } from '#domain/reviews/agenda';
import { Button } from '#src/components/ui/button';
import { formatDateTime } from '#src/lib/format';
import { useNow } from '../hooks/use-now';
import { formatClock, timerAnnouncement, timerState } from '../utils/timer';

type Props = {
  startedAt: string | null;
  startedBy: string | null;
  canStart: boolean;
  starting: boolean;
  onStart: () => void;
};

/**
 * The half hour, counted from the start time the server stored: a reload shows the same clock.
 * The seconds are for the eye; screen readers hear the polite minute-by-minute sentence. A
 * completed review has no clock.
 */
export function ReviewTimer({ startedAt, startedBy, canStart, starting, onStart }: Props) {
  // Only the clock ticks every second; the rest of the page follows the items more slowly.
  const now = useNow(startedAt !== null);
  const state = timerState(startedAt, now);
  return (
    <section className="card review-timer" aria-labelledby="timer-title">
      <h2 id="timer-title" className="visually-hidden">
        Timer
      </h2>
      {state.phase === 'not_started' ? (
        <div className="timer-idle">
          <p>
            <strong>{REVIEW_MINUTES} minutes, five items.</strong> Each item has {ITEM_MINUTES} minutes; the facilitator
            starts the clock and everyone sees the same time.
          </p>
          {canStart ? (
            <Button variant="primary" busy={starting} onClick={onStart}>
              Start the {REVIEW_MINUTES}-minute timer
            </Button>
          ) : (
            <p className="muted">The facilitator starts the timer.</p>
          )}
        </div>
      ) : (
        <div className="timer-running">
          <div className="timer-clock">
            <span className="timer-label">{state.phase === 'over' ? 'Over by' : 'Total left'}</span>
            <span className={`timer-value${state.phase === 'over' ? ' timer-over' : ''}`}>
              {formatClock(state.phase === 'over' ? state.overMs : state.totalRemainingMs)}
            </span>
          </div>
          <div className="timer-clock">
            <span className="timer-label">
              Now: {state.itemIndex + 1}. {REVIEW_ITEM_LABELS[state.item]}
            </span>
            <span className="timer-value">{formatClock(state.itemRemainingMs)}</span>
          </div>
          <p className="muted timer-meta">
            Started {startedAt ? formatDateTime(startedAt) : ''}
            {startedBy ? ` by ${startedBy}` : ''}.
          </p>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {timerAnnouncement(state)}
      </p>
    </section>
  );
}
