import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Campaign } from '#domain/schemas/campaigns';
import { api } from '#src/lib/api-client';
import { campaignKeys } from './keys';

export const submitForApproval = (id: string) =>
  api<Campaign>(`/campaigns/${encodeURIComponent(id)}/submit-for-approval`, { method: 'POST', body: {} });

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
