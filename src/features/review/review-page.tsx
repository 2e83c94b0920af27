import { useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useEffect } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { monthOf } from '#domain/firewall/months';
import { roleMay } from '#domain/permissions';
import { Notice } from '#src/components/ui/notice';
import { ErrorState, Loading } from '#src/components/ui/states';
import { afterPaint } from '#src/lib/after-paint';
import { isApiError } from '#src/lib/api-client';
import { useCurrentUser } from '#src/shared/current-user/use-current-user';
import { useReview } from './api/get-review';
import { reviewsQuery } from './api/get-reviews';
import { ReviewHeader } from './components/review-header';
import { ReviewView } from './components/review-view';
import './review.css';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** /review opens the current month; /review/:month any month that has begun. */
export default function ReviewPage() {
  const { month } = useParams();
  if (!month) return <Navigate to={`/review/${monthOf(new Date())}`} replace />;
  return <ReviewLoader month={month} />;
}

function ReviewLoader({ month }: { month: string }) {
  const user = useCurrentUser();
  const review = useReview(month);
  // The history below the agenda is asked for while the agenda is computed, not after it, and
  // once the header has been painted: a request started before that paint is counted in it.
  const qc = useQueryClient();
  useEffect(() => afterPaint(() => void qc.prefetchQuery(reviewsQuery())), [qc]);
  // The agenda is the page's largest render: when it arrives, React renders it as a transition it
  // can pause, a few milliseconds at a time, rather than in one long task; the header and the
  // loading line stay meanwhile (docs/decisions/019-what-loads-first.md). Another month's agenda
  // still being shown is never shown under this month's header.
  const deferred = useDeferredValue(review.data);
  const data = deferred?.month === month ? deferred : undefined;
  // The header needs only the month, so it shows while the agenda is computed, and stays the same
  // element when the agenda arrives (focus may be on its title). An address that names no month
  // waits for the server's answer, which says so.
  if (review.isPending && !MONTH.test(month)) return <Loading label="Computing this month's agenda…" />;
  if (review.error) {
    return (
      <>
        <h1 tabIndex={-1} data-page-title>
          Monthly review
        </h1>
        {isApiError(review.error, 422) ? (
          <Notice tone="info" title="No review for this month">
            <p>{review.error.issues[0]?.message ?? review.error.message}.</p>
            <p>
              <Link to="/review">Open this month's review</Link>
            </p>
          </Notice>
        ) : (
          <ErrorState error={review.error} onRetry={() => review.refetch()} />
        )}
      </>
    );
  }
  return (
    <div className="review">
      <ReviewHeader month={month} completed={data?.status === 'completed'} />
      {data === undefined ? (
        <Loading label="Computing this month's agenda…" />
      ) : (
        <ReviewView
          review={data}
          canParticipate={roleMay(user.roles, 'reviews.participate')}
          canComplete={roleMay(user.roles, 'reviews.complete')}
        />
      )}
    </div>
  );
}
