import type { Pilot } from '#domain/schemas/pilots';
import type { PilotView } from './pilots.repo';

/** Running until ended by a decision or by its end date, which needs no write. */
export function presentPilot({ pilot: p, startedByName }: PilotView, now: Date): Pilot {
  const running = p.endedAt === null && p.endsAt.getTime() > now.getTime();
  const endedAt = p.endedAt ?? (running ? null : p.endsAt);
  return {
    id: p.id,
    proposalId: p.proposalId,
    segmentKey: p.segmentKey,
    proposalRevision: p.proposalRevision,
    share: p.sharePercent,
    startsAt: p.startsAt.toISOString(),
    endsAt: p.endsAt.toISOString(),
    status: running ? 'running' : 'ended',
    endedAt: endedAt?.toISOString() ?? null,
    endReason: p.endReason ?? (running ? null : 'expired'),
    eligible: p.eligible,
    cohort: { pilot: p.pilotSize, control: p.controlSize },
    startedBy: { id: p.startedBy, name: startedByName },
  };
}
