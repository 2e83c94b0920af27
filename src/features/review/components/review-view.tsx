import { REVIEW_ITEMS, type ReviewItem } from '#domain/reviews/agenda';
import type { Review } from '#domain/schemas/reviews';
import { Notice } from '#src/components/ui/notice';
import { formatDateTime } from '#src/lib/format';
import { useStartReview } from '../api/start-review';
import { useNow } from '../hooks/use-now';
import { segmentNamesOf } from '../utils/segment-names';
import { timerState } from '../utils/timer';
import { AgendaItem } from './agenda-item';
import { Completion } from './completion';
import { DwellItem } from './dwell-item';
import { ExceptionsItem } from './exceptions-item';
import { HistoryPanel } from './history-panel';
import { PauseViolationsItem } from './pause-violations-item';
import { PressureItem } from './pressure-item';
import { ReviewTimer } from './review-timer';
import { SuppressedItem } from './suppressed-item';

type Props = {
  review: Review;
  /** Timer, notes and actions: owner, operations and marketers. */
  canParticipate: boolean;
  /** Completing freezes the month: owner or operations. */
  canComplete: boolean;
};

export function ReviewView({ review, canParticipate, canComplete }: Props) {
  const start = useStartReview(review.month);
  const completed = review.status === 'completed';
  // Which item is running changes every six minutes: a coarse tick is enough to move the marker.
  const now = useNow(!!review.timerStartedAt && !completed, 5_000);
  const timer = completed ? ({ phase: 'not_started' } as const) : timerState(review.timerStartedAt, now);
  const current: ReviewItem | null = timer.phase === 'not_started' ? null : timer.item;
  const a = review.agenda;
  const nameOf = segmentNamesOf(a);
  const body: Record<ReviewItem, React.ReactNode> = {
    pauseViolations: <PauseViolationsItem section={a.pauseViolations} />,
    dwellAnomalies: <DwellItem section={a.dwellAnomalies} month={review.month} nameOf={nameOf} />,
    suppressedVolume: <SuppressedItem section={a.suppressedVolume} nameOf={nameOf} />,
    exceptionRequests: <ExceptionsItem section={a.exceptionRequests} />,
    pressure: <PressureItem section={a.pressure} nameOf={nameOf} />,
  };

  return (
    <>
      {completed ? (
        <Notice tone="success" title="Completed: these figures are frozen">
          <p>
            Completed {review.completedAt ? formatDateTime(review.completedAt) : ''} by {review.completedBy?.name}.
            Later data does not change this review; corrections are added to the items they concern.
          </p>
        </Notice>
      ) : null}
      {start.error ? <Notice tone="error">{start.error.message}</Notice> : null}
      {completed ? null : (
        <ReviewTimer
          startedAt={review.timerStartedAt}
          startedBy={review.timerStartedBy?.name ?? null}
          canStart={canParticipate}
          starting={start.isPending}
          onStart={() => start.mutate()}
        />
      )}
      <ol className="agenda">
        {REVIEW_ITEMS.map((item) => (
          <AgendaItem
            key={item}
            review={review}
            item={item}
            current={current === item}
            canParticipate={canParticipate}
            footer={item === 'pressure' && !completed ? <Completion month={review.month} may={canComplete} /> : null}
          >
            {body[item]}
          </AgendaItem>
        ))}
      </ol>
      <HistoryPanel current={review.month} />
    </>
  );
}
