import { useState } from 'react';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { ErrorState, Loading } from '#src/components/ui/states';
import { formatDateTime } from '#src/lib/format';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { useAddPilotNote } from '../api/add-pilot-note';
import { usePilotNotes } from '../api/get-pilot-notes';

type Props = { proposalId: string; pilotId: string; canWrite: boolean };

/** Frontline feedback on the pilot: what customers and the team said, beside the figures. */
export function PilotNotes({ proposalId, pilotId, canWrite }: Props) {
  const notes = usePilotNotes(proposalId, pilotId);
  const add = useAddPilotNote();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (notes.isPending) return <Loading label="Loading the feedback…" />;
  if (notes.error) return <ErrorState error={notes.error} onRetry={() => notes.refetch()} />;
  return (
    <div className="stack">
      <h3>Frontline feedback</h3>
      {notes.data.items.length === 0 ? <p className="muted">No feedback yet.</p> : null}
      <ul className="pilot-notes">
        {notes.data.items.map((n) => (
          <li key={n.id}>
            <p className="quote">{n.body}</p>
            <p className="muted">
              {n.author.name}, {formatDateTime(n.at)}
            </p>
          </li>
        ))}
      </ul>
      {canWrite ? (
        <form
          className="stack"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            setError(null);
            try {
              await add.mutateAsync({ proposalId, pilotId, body });
              setBody('');
            } catch (err) {
              setError(err instanceof Error ? err.message : 'The feedback could not be added.');
            }
          }}
        >
          {error ? <Notice tone="error">{error}</Notice> : null}
          <LintedTextField label="Add feedback" rows={2} maxLength={4000} value={body} onChange={setBody} />
          <div className="form-actions">
            <Button type="submit" busy={add.isPending} disabled={body.trim() === ''}>
              Add feedback
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
