import { STATUS_LABELS } from '#domain/backlog/status';
import { Badge } from '#src/components/ui/badge';
import type { BacklogItem } from '#src/shared/queries/get-backlog';

const TONES = {
  intake: 'neutral',
  ranked: 'info',
  in_proposal: 'warning',
  done: 'success',
  declined: 'danger',
} as const;

export function StatusBadge({ status }: { status: BacklogItem['status'] }) {
  return <Badge tone={TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
