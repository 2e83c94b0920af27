import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from '#src/shared/queries/keys';

export const recordFollowUp = ({ id, outcome }: { id: string; outcome: string }) =>
  unwrap(api.POST('/proposals/{id}/follow-up', { params: { path: { id } }, body: { outcome } }));

export function useRecordFollowUp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: recordFollowUp,
    onSuccess: () => qc.invalidateQueries({ queryKey: proposalKeys.all }),
  });
}
