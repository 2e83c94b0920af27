import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#src/lib/api-client';
import { proposalKeys } from './keys';
import type { Proposal } from './types';

export const rejectProposal = ({ id, rationale }: { id: string; rationale: string }) =>
  api<Proposal>(`/proposals/${encodeURIComponent(id)}/reject`, { method: 'POST', body: { rationale } });

export function useRejectProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: rejectProposal,
    onSettled: () => qc.invalidateQueries({ queryKey: proposalKeys.all }),
  });
}
