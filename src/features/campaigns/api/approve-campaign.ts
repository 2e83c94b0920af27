import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { campaignKeys } from '#src/shared/queries/keys';

export type ApproveCampaignArgs = { id: string; segment: string; version: number; note?: string };

/** The segment and version are the ones on screen: a campaign that changed since is refused, not approved unseen. */
export const approveCampaign = ({ id, ...body }: ApproveCampaignArgs) =>
  unwrap(api.POST('/campaigns/{id}/approve', { params: { path: { id } }, body }));

export function useApproveCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: approveCampaign,
    // A refusal may mean the campaign moved on: refresh it either way.
    onSettled: () => qc.invalidateQueries({ queryKey: campaignKeys.all }),
  });
}
