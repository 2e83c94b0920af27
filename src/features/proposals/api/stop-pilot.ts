import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from '#src/shared/queries/keys';

export type StopPilotArgs = { proposalId: string; pilotId: string; note?: string };

export const stopPilot = ({ pilotId, note }: StopPilotArgs) =>
  unwrap(api.POST('/pilots/{id}/stop', { params: { path: { id: pilotId } }, body: note ? { note } : {} }));

export function useStopPilot() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: stopPilot,
    onSettled: (_d, _e, v) => qc.invalidateQueries({ queryKey: proposalKeys.pilots(v.proposalId) }),
  });
}
