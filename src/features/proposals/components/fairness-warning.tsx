import { SENSITIVITY_LABELS } from '#domain/schemas/sensitivity';
import { LintedTextField } from '#src/shared/linted-text/linted-text-field';
import type { Proposal } from '../api/types';

type Props = {
  proposal: Proposal;
  id: string;
  note: string;
  onNote: (note: string) => void;
  error: string | null;
};

/**
 * The fairness warning (docs/rules.md, "Fairness warning"): the criteria read sensitive
 * attributes, so approving needs the decider's note saying why using them is fair.
 */
export function FairnessWarning({ proposal, id, note, onNote, error }: Props) {
  const { attributes } = proposal.fairness;
  if (attributes.length === 0) return null;
  return (
    <div className="notice notice-warning fairness-warning">
      <p className="notice-title" id={`${id}-fairness-title`}>
        Fairness warning
      </p>
      <p>
        These criteria read {attributes.length === 1 ? 'a sensitive attribute' : 'sensitive attributes'}:{' '}
        {attributes.map((a, i) => (
          <span key={a.name}>
            {i > 0 ? ', ' : ''}
            <code>{a.name}</code> ({SENSITIVITY_LABELS[a.sensitivity].toLowerCase()})
          </span>
        ))}
        . Approving means saying why treating people differently by {attributes.length === 1 ? 'it' : 'them'} is fair.
      </p>
      <LintedTextField
        label="Fairness acknowledgement (required to approve)"
        rows={3}
        maxLength={2000}
        value={note}
        onChange={onNote}
        error={error ?? undefined}
      />
    </div>
  );
}
