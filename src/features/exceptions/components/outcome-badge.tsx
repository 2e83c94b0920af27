import { type ExceptionOutcome, OUTCOME_LABELS } from '#domain/exceptions/terms';
import { Badge } from '#src/components/ui/badge';

// Calm tones throughout: a withdrawn request is the protocol working, not a failure.
const TONES = {
  draft: 'neutral',
  withdrawn: 'success',
  logic_review: 'info',
  approved: 'success',
  rejected: 'neutral',
} as const;

export function OutcomeBadge({ outcome }: { outcome: ExceptionOutcome }) {
  return <Badge tone={TONES[outcome]}>{OUTCOME_LABELS[outcome]}</Badge>;
}
