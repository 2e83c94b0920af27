import { type FormEvent, useState } from 'react';
import type { SegmentDefinition } from '#domain/schemas/segments';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { fieldIssue } from '#src/lib/api-client';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import { ImpactPreview } from '#src/shared/segment-definition/impact-preview';

type Props = {
  segmentKey: string;
  definition: SegmentDefinition;
  onSubmit: (rationale: string) => Promise<unknown>;
  onCancel: () => void;
};

const MIN = 10;

/**
 * Proposing retirement: the definition stays as it is (the server records the retired status), so
 * only the rationale is asked for. The impact shown is that of a segment nobody matches any more.
 */
export function RetireForm({ segmentKey, definition, onSubmit, onCancel }: Props) {
  const [rationale, setRationale] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (rationale.trim().length < MIN) {
      setError(`Say why, in at least ${MIN} characters`);
      return;
    }
    setError(null);
    setBusy(true);
    try {
      await onSubmit(rationale.trim());
    } catch (err) {
      const issue = fieldIssue(err, 'rationale');
      if (issue) setError(issue.message);
      else setFormError(err instanceof Error ? err.message : 'The proposal could not be saved.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" noValidate onSubmit={submit} aria-label="Propose retirement">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <p>
        Once approved, no contact has <code>{segmentKey}</code> as their current segment any more: each moves to the
        next segment they are segment-eligible for. The version history stays.
      </p>
      <ImpactPreview
        segmentKey={segmentKey}
        definition={{ ...definition, criteria: { any: [] } }}
        title="Impact of retirement"
      />
      <LintedTextField
        label="Rationale"
        hint="Why this segment is no longer needed, and what you observed."
        maxLength={5000}
        value={rationale}
        onChange={setRationale}
        error={error ?? undefined}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          Submit retirement proposal
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
