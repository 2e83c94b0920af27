import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys, segmentKeys } from '#src/shared/queries/keys';

export type ApproveArgs = { id: string; note?: string; revision: number; fairnessNote?: string };

export const approveProposal = ({ id, ...body }: ApproveArgs) =>
  unwrap(api.POST('/proposals/{id}/approve', { params: { path: { id } }, body }));

/** An approval creates a segment version and moves contacts, so segment pages refresh too. */
export function useApproveProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: approveProposal,
    // A refusal changes nothing but may mean the proposal moved on: refresh it either way.
    onSettled: () => qc.invalidateQueries({ queryKey: proposalKeys.all }),
    onSuccess: () => qc.invalidateQueries({ queryKey: segmentKeys.all }),
  });
}
