import { lazy, Suspense, useRef } from 'react';
import { PRESSURE_QUESTION } from '#domain/reviews/agenda';
import { useNearScreen } from '#src/components/ui/horizontal-bar-chart';

// The form, its linter and its confirmation dialog load when the end of the agenda comes within a
// screen of view, not with the page (docs/architecture.md, "Loading"); a box of about the form's
// height holds its place.
const CompleteForm = lazy(() => import('./complete-form').then((m) => ({ default: m.CompleteForm })));

/** The end of the pressure item: the form for those who may complete, a plain line for the rest. */
export function Completion({ month, may }: { month: string; may: boolean }) {
  if (may) return <DeferredCompleteForm month={month} />;
  return (
    <p className="muted no-print">
      The segmentation owner or operations completes the review with the team’s answer to “{PRESSURE_QUESTION}”.
    </p>
  );
}

function DeferredCompleteForm({ month }: { month: string }) {
  const place = useRef<HTMLDivElement>(null);
  const near = useNearScreen(place);
  const pending = <div ref={place} className="complete-form-pending no-print" aria-hidden="true" />;
  if (!near) return pending;
  return (
    <Suspense fallback={pending}>
      <CompleteForm month={month} />
    </Suspense>
  );
}
