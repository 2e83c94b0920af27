import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Campaign, CampaignPatch } from '#domain/schemas/campaigns';
import { api } from '#src/lib/api-client';
import { campaignKeys } from './keys';

export const updateCampaign = (id: string, patch: CampaignPatch) =>
  api<Campaign>(`/campaigns/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch });

export function useUpdateCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; patch: CampaignPatch }) => updateCampaign(v.id, v.patch),
    onSuccess: (campaign) => {
      qc.setQueryData(campaignKeys.detail(campaign.id), campaign);
      qc.invalidateQueries({ queryKey: campaignKeys.lists() });
    },
  });
}
