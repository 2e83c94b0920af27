import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CampaignInput } from '#domain/schemas/firewall';
import { api, unwrap } from '#src/lib/api-client';
import { campaignKeys } from '#src/shared/queries/keys';

export const createCampaign = (input: CampaignInput) => unwrap(api.POST('/campaigns', { body: input }));

export function useCreateCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createCampaign,
    onSuccess: (campaign) => {
      qc.setQueryData(campaignKeys.detail(campaign.id), campaign);
      qc.invalidateQueries({ queryKey: campaignKeys.lists() });
    },
  });
}
