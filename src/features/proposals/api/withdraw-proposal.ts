import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#src/lib/api-client';
import { proposalKeys } from './keys';
import type { Proposal } from './types';

export const withdrawProposal = (id: string) =>
  api<Proposal>(`/proposals/${encodeURIComponent(id)}/withdraw`, { method: 'POST', body: {} });

export function useWithdrawProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: withdrawProposal,
    onSettled: () => qc.invalidateQueries({ queryKey: proposalKeys.all }),
  });
}
