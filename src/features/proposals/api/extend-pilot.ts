import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from '#src/shared/queries/keys';

export type ExtendPilotArgs = { proposalId: string; pilotId: string; days: number };

export const extendPilot = ({ pilotId, days }: ExtendPilotArgs) =>
  unwrap(api.POST('/pilots/{id}/extend', { params: { path: { id: pilotId } }, body: { days } }));

export function useExtendPilot() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: extendPilot,
    onSettled: (_d, _e, v) => qc.invalidateQueries({ queryKey: proposalKeys.pilots(v.proposalId) }),
  });
}
