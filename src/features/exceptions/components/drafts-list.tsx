import { Link } from 'react-router';
import type { ExceptionListItem } from '#domain/schemas/exceptions';
import { Button } from '#src/components/ui/button';
import { formatDateTime } from '#src/lib/format';
import { useDiscardDraft } from '../api/discard-draft';
import { WIZARD_STEPS } from '../utils/wizard-steps';

export const resumeHref = (d: ExceptionListItem) =>
  `/exceptions/new?${new URLSearchParams({ draft: d.id, step: d.step ?? 'segment' })}`;

/** The requester's unfinished requests, each resumable where it was left. */
export function DraftsList({ drafts }: { drafts: ExceptionListItem[] }) {
  const discard = useDiscardDraft();
  return (
    <ul className="drafts-list">
      {drafts.map((d) => {
        const stepTitle = WIZARD_STEPS.find((s) => s.id === d.step)?.title ?? 'Name the segment';
        const what = d.segmentName ?? d.segmentKey ?? 'No segment named yet';
        return (
          <li key={d.id} className="draft-item">
            <div>
              <strong>{what}</strong>
              <span className="muted">
                {' '}
                · at “{stepTitle}” · saved {formatDateTime(d.updatedAt)}
              </span>
            </div>
            <div className="draft-actions">
              <Link className="btn btn-primary" to={resumeHref(d)} aria-label={`Resume the draft about ${what}`}>
                Resume
              </Link>
              <Button
                variant="ghost"
                busy={discard.isPending && discard.variables === d.id}
                onClick={() => discard.mutate(d.id)}
                aria-label={`Discard the draft about ${what}`}
              >
                Discard
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
