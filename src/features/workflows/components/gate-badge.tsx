import type { Gate } from '#domain/schemas/workflows';
import { Badge } from '#src/components/ui/badge';
import { GATE_TEXT } from '../utils/labels';

export function GateBadge({ gate }: { gate: Gate }) {
  const text = GATE_TEXT[gate.status];
  return <Badge tone={text.tone}>{text.label}</Badge>;
}
