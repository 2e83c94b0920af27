import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from '#src/shared/queries/keys';

export const rejectProposal = ({ id, rationale }: { id: string; rationale: string }) =>
  unwrap(api.POST('/proposals/{id}/reject', { params: { path: { id } }, body: { rationale } }));

export function useRejectProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: rejectProposal,
    onSettled: () => qc.invalidateQueries({ queryKey: proposalKeys.all }),
  });
}
