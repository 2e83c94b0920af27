import type { GlossaryEntry } from '#domain/schemas/glossary';
import { Badge } from '#src/components/ui/badge';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { formatDate } from '#src/lib/format';

type Props = {
  term: GlossaryEntry;
  canManage: boolean;
  onEdit: () => void;
  onArchive: () => void;
  archiving: boolean;
  archiveError: Error | null;
  onClose: () => void;
};

/** One term in full: why it is retired or what it means, what to say, and sentences that use it well. */
export function TermDetail({ term, canManage, onEdit, onArchive, archiving, archiveError, onClose }: Props) {
  const retired = term.kind === 'retired';
  return (
    <section className="card term-detail" aria-labelledby="term-detail-title">
      <div className="section-header">
        <h2 id="term-detail-title">{term.phrase}</h2>
        <Button variant="ghost" onClick={onClose}>
          Close
        </Button>
      </div>
      <p>
        {retired ? <Badge tone="warning">Retired language</Badge> : <Badge tone="success">Promoted language</Badge>}
      </p>
      <h3>{retired ? 'Why it is retired' : 'What it means'}</h3>
      <p>{retired ? term.reason : term.definition}</p>
      {retired ? (
        <>
          <h3>Say instead</h3>
          <ul>
            {term.replacements.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{retired ? 'Written in the promoted language' : 'In use'}</h3>
      {term.examples.length > 0 ? (
        <ul>
          {term.examples.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">No examples yet.</p>
      )}
      <p className="muted">Last changed {formatDate(term.updatedAt)}.</p>
      {archiveError ? <Notice tone="error">{archiveError.message}</Notice> : null}
      {canManage ? (
        <div className="form-actions">
          <Button variant="primary" onClick={onEdit}>
            Edit term
          </Button>
          <Button variant="danger" busy={archiving} onClick={onArchive}>
            Take out of the glossary
          </Button>
        </div>
      ) : null}
    </section>
  );
}
