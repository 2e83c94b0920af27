import type { ExceptionDraft } from '#domain/schemas/exceptions';
import { emptyValues, valuesFromDraft } from '../utils/wizard-steps';
import { ExceptionWizard } from './exception-wizard';

/** The wizard opened on a resumed draft, or empty with the segment and campaign the address names. */
export function ResumedWizard({ draft, params }: { draft: ExceptionDraft | null; params: URLSearchParams }) {
  return (
    <ExceptionWizard
      initialValues={draft ? valuesFromDraft(draft) : emptyValues(params.get('segment'), params.get('campaign'))}
      draftId={draft?.id ?? null}
      initialStep={draft?.step ?? null}
      prefilledFor={draft?.values.proposal?.definition ? (draft.values.segmentKey ?? null) : null}
    />
  );
}
