import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { campaignKeys } from '#src/shared/queries/keys';

export const submitForApproval = (id: string) =>
  unwrap(api.POST('/campaigns/{id}/submit-for-approval', { params: { path: { id } } }));

export function useSubmitForApproval() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: submitForApproval,
    onSuccess: (campaign) => {
      qc.setQueryData(campaignKeys.detail(campaign.id), campaign);
      qc.invalidateQueries({ queryKey: campaignKeys.lists() });
    },
  });
}
