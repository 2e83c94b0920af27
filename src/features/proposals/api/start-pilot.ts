import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from '#src/shared/queries/keys';

export type StartPilotArgs = { proposalId: string; share: number; durationDays: number };

export const startPilot = ({ proposalId, ...body }: StartPilotArgs) =>
  unwrap(api.POST('/proposals/{id}/pilot', { params: { path: { id: proposalId } }, body }));

export function useStartPilot() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: startPilot,
    onSettled: (_d, _e, v) => qc.invalidateQueries({ queryKey: proposalKeys.pilots(v.proposalId) }),
  });
}
