import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Notice } from '#src/components/ui/notice';
import { PageHeader } from '#src/components/ui/page-header';
import { ErrorState, Loading } from '#src/components/ui/states';
import { afterPaint, useAfterPaint } from '#src/lib/after-paint';
import { isApiError } from '#src/lib/api-client';
import { useDraft } from './api/get-draft';
import { prefetchFirstStep } from './api/prefetch-first-step';
import './exceptions.css';

// The page's header shows at once; the wizard (the form library and its first step) follows with
// its code, asked for once the header has been painted (docs/architecture.md, "Loading").
const ResumedWizard = lazy(() => import('./components/resumed-wizard').then((m) => ({ default: m.ResumedWizard })));

export default function NewExceptionPage() {
  const [params] = useSearchParams();
  // The draft the page was opened with; a draft created while typing stays with the open wizard.
  const [openedDraft] = useState(() => params.get('draft'));
  const draft = useDraft(openedDraft);
  const painted = useAfterPaint();
  const qc = useQueryClient();
  // Asked for once the header has been painted, with the wizard's code: requests started before
  // that paint would be counted in it on a slow connection. A resumed draft names its segment
  // only once it has arrived; the wizard asks for it then.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the address the page opened with
  useEffect(() => afterPaint(() => prefetchFirstStep(qc, openedDraft ? null : params.get('segment'))), []);

  const header = (
    <PageHeader
      title="Request an exception"
      description="Name the segment, name the risk, then review the logic or withdraw. Exceptions change logic; they never bypass it."
    />
  );
  if (openedDraft && draft.isPending) {
    return (
      <>
        {header}
        <Loading label="Opening your draft…" />
      </>
    );
  }
  if (openedDraft && draft.error) {
    return (
      <>
        {header}
        {isApiError(draft.error, 409) ? (
          <Notice title="This draft has already been filed">
            <Link to="/exceptions">See it in your requests</Link>.
          </Notice>
        ) : isApiError(draft.error, 404) ? (
          <Notice title="This draft no longer exists">
            It may have been discarded. <Link to="/exceptions/new">Start a new request</Link>.
          </Notice>
        ) : (
          <ErrorState error={draft.error} onRetry={() => draft.refetch()} />
        )}
      </>
    );
  }
  return (
    <>
      {header}
      {painted ? (
        <Suspense fallback={<Loading label="Opening the form…" />}>
          <ResumedWizard draft={draft.data ?? null} params={params} />
        </Suspense>
      ) : (
        <Loading label="Opening the form…" />
      )}
    </>
  );
}
