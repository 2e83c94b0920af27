import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#src/lib/api-client';
import { proposalKeys } from './keys';
import type { FollowUp } from './types';

export const recordFollowUp = ({ id, outcome }: { id: string; outcome: string }) =>
  api<FollowUp>(`/proposals/${encodeURIComponent(id)}/follow-up`, { method: 'POST', body: { outcome } });

export function useRecordFollowUp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: recordFollowUp,
    onSuccess: () => qc.invalidateQueries({ queryKey: proposalKeys.all }),
  });
}
