import type { QueryClient } from '@tanstack/react-query';
import { segmentQuery } from '#src/shared/queries/get-segment';
import { segmentsQuery } from '#src/shared/queries/get-segments';

/**
 * The first step's data (the segment list, and the segment a new request's address names), asked
 * for by the page, beside the wizard's code, rather than by the wizard once its code has arrived
 * and rendered: the wizard then first
 * renders with it, as a transition React can pause, instead of rendering again in one long task
 * for each answer (docs/decisions/019-what-loads-first.md). The segment is asked for only when the
 * list names it, as the wizard itself does, so an unknown key in the address requests nothing.
 */
export function prefetchFirstStep(qc: QueryClient, segmentKey: string | null): void {
  void qc
    .fetchQuery(segmentsQuery())
    .then((segments) =>
      segmentKey && segments.some((s) => s.key === segmentKey) ? qc.prefetchQuery(segmentQuery(segmentKey)) : undefined,
    )
    .catch(() => undefined);
}
