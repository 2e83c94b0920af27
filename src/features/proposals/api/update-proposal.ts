import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UpdateProposalInput } from '#domain/schemas/segments';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from '#src/shared/queries/keys';

export type UpdateArgs = { id: string; input: z.infer<typeof UpdateProposalInput> };

/** The proposer edits (or re-bases) an open proposal; the server resets any review. */
export const updateProposal = ({ id, input }: UpdateArgs) =>
  unwrap(api.PATCH('/proposals/{id}', { params: { path: { id } }, body: input }));

export function useUpdateProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateProposal,
    onSettled: () => qc.invalidateQueries({ queryKey: proposalKeys.all }),
  });
}
