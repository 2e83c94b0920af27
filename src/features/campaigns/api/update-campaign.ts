import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CampaignInput } from '#domain/schemas/firewall';
import { api, unwrap } from '#src/lib/api-client';
import { campaignKeys } from '#src/shared/queries/keys';

/** The campaign form always sends every content field, copy included. */
export const updateCampaign = (id: string, patch: CampaignInput) =>
  unwrap(api.PATCH('/campaigns/{id}', { params: { path: { id } }, body: patch }));

export function useUpdateCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; patch: CampaignInput }) => updateCampaign(v.id, v.patch),
    onSuccess: (campaign) => {
      qc.setQueryData(campaignKeys.detail(campaign.id), campaign);
      qc.invalidateQueries({ queryKey: campaignKeys.lists() });
    },
  });
}
