import { Button } from '#src/components/ui/button';
import type { SaveState } from '../hooks/use-draft-autosave';

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** The draft's save state, announced politely; a failed save offers to try again. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  return (
    <div className="save-status" role="status" aria-live="polite">
      {state.kind === 'idle' ? <span className="muted">Drafts are saved as you go.</span> : null}
      {state.kind === 'pending' ? <span className="muted">Unsaved changes…</span> : null}
      {state.kind === 'saving' ? <span className="muted">Saving the draft…</span> : null}
      {state.kind === 'saved' ? <span className="muted">Draft saved at {time.format(state.at)}.</span> : null}
      {state.kind === 'error' ? (
        <>
          <span className="field-error">The draft could not be saved: {state.message}</span>{' '}
          <Button variant="ghost" onClick={onRetry}>
            Try again
          </Button>
        </>
      ) : null}
    </div>
  );
}
