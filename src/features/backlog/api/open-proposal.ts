import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateProposalInput } from '#domain/schemas/segments';
import { api, unwrap } from '#src/lib/api-client';
import { backlogKeys, proposalKeys } from '#src/shared/queries/keys';

export const openProposal = ({ id, ...body }: CreateProposalInput & { id: string }) =>
  unwrap(api.POST('/backlog/{id}/proposal', { params: { path: { id } }, body }));

export function useOpenProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: openProposal,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: backlogKeys.all }),
        qc.invalidateQueries({ queryKey: proposalKeys.all }),
      ]),
  });
}
