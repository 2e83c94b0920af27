import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from '#src/shared/queries/keys';

export const withdrawProposal = (id: string) =>
  unwrap(api.POST('/proposals/{id}/withdraw', { params: { path: { id } } }));

export function useWithdrawProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: withdrawProposal,
    onSettled: () => qc.invalidateQueries({ queryKey: proposalKeys.all }),
  });
}
