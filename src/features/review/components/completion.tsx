import { lazy, Suspense } from 'react';
import { PRESSURE_QUESTION } from '#domain/schemas/reviews';

// The form, its linter and its confirmation dialog load when the form is shown, not with the page:
// it sits at the end of the agenda (docs/architecture.md, "Loading").
const CompleteForm = lazy(() => import('./complete-form').then((m) => ({ default: m.CompleteForm })));

/** The end of the pressure item: the form for those who may complete, a plain line for the rest. */
export function Completion({ month, may }: { month: string; may: boolean }) {
  if (may)
    return (
      <Suspense fallback={<div className="complete-form-pending no-print" aria-hidden="true" />}>
        <CompleteForm month={month} />
      </Suspense>
    );
  return (
    <p className="muted no-print">
      The segmentation owner or operations completes the review with the team’s answer to “{PRESSURE_QUESTION}”.
    </p>
  );
}
