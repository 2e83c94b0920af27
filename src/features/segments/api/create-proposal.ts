import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateProposalInput } from '#domain/schemas/segments';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from '#src/shared/queries/keys';

export const createProposal = (input: CreateProposalInput) => unwrap(api.POST('/proposals', { body: input }));

export function useCreateProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createProposal,
    onSuccess: () => qc.invalidateQueries({ queryKey: proposalKeys.all }),
  });
}
